/**
 * Which main-thread tasks ran Backstory's code, from a Chromium trace (CDP `Tracing`): the Long Tasks
 * API in the page cannot tell whose work a task was, and with the extension a page's own first layout
 * may fall in a task after DOMContentLoaded that it had before it without. A task counts as the
 * extension's when it runs code from an extension URL (script evaluation, a callback) or when it is
 * promise continuations with no page code in it: the bench pages' own scripts (the probe, the live
 * blog's and the storm's timers) use no promises, and the content script's sliced analysis resumes
 * through them.
 */
import type { CDPSession } from 'playwright-core';

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { data?: { url?: string; scriptName?: string }; beginData?: { url?: string } };
}

const EXTENSION_URL = /^(chrome|moz)-extension:\/\//;
const PAGE_CODE = new Set(['FunctionCall', 'EvaluateScript', 'TimerFire', 'FireAnimationFrame', 'EventDispatch']);

export interface ExtensionTasks {
  /** The longest task that ran the extension's code, 0 when none did. */
  longestMs: number;
  /** The main-thread time of every task that ran the extension's code. */
  totalMs: number;
}

export interface TaskTrace {
  /** Stops tracing; the longest task (ms) that ran the extension's code and all those tasks together. */
  stop(): Promise<ExtensionTasks>;
}

export async function traceTasks(cdp: CDPSession): Promise<TaskTrace> {
  const events: TraceEvent[] = [];
  const collect = (message: { value: object[] }) => events.push(...(message.value as TraceEvent[]));
  cdp.on('Tracing.dataCollected', collect);
  await cdp.send('Tracing.start', {
    traceConfig: {
      includedCategories: ['toplevel', 'devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8'],
      recordMode: 'recordAsMuchAsPossible',
    },
  });
  return {
    async stop() {
      const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
      await cdp.send('Tracing.end');
      await complete;
      cdp.off('Tracing.dataCollected', collect);
      return extensionTasks(events);
    },
  };
}

function extensionTasks(events: TraceEvent[]): ExtensionTasks {
  // The page's renderer main thread: where its HTML was parsed (not an extension page's).
  const parse = events.find((event) => event.name === 'ParseHTML' && /^https?:/.test(event.args?.beginData?.url ?? ''));
  if (!parse) return { longestMs: 0, totalMs: 0 };
  const onMain = events
    .filter((event) => event.pid === parse.pid && event.tid === parse.tid && event.ph === 'X')
    .sort((a, b) => a.ts - b.ts);
  let longest = 0;
  let total = 0;
  let task: TraceEvent | null = null;
  let extension = false;
  let pageCode = false;
  let microtasks = false;
  const close = () => {
    if (task && (extension || (microtasks && !pageCode))) {
      longest = Math.max(longest, task.dur!);
      total += task.dur!;
    }
    task = null;
  };
  // Top-level tasks do not overlap: one pass, each event falling in the task open at its time.
  for (const event of onMain) {
    if (task && event.ts >= task.ts + task.dur!) close();
    if (!task) {
      if (event.name !== 'RunTask' || !event.dur) continue;
      task = event;
      extension = pageCode = microtasks = false;
      continue;
    }
    const url = event.args?.data?.url ?? event.args?.data?.scriptName ?? '';
    if (EXTENSION_URL.test(url)) extension = true;
    else if (PAGE_CODE.has(event.name)) pageCode = true;
    if (event.name === 'RunMicrotasks' || event.name === 'V8.RunMicrotasks') microtasks = true;
  }
  close();
  return { longestMs: longest / 1000, totalMs: total / 1000 };
}
