/**
 * How much main-thread time Backstory's code took, task by task, from a Chromium trace (CDP
 * `Tracing`): the Long Tasks API in the page cannot tell whose work a task was, and with the
 * extension a page's own first layout may fall in a task after DOMContentLoaded that it had before
 * it without. In each task, the extension's share is the time of the events that ran code from an
 * extension URL (evaluating the content script, which may happen inside the page's own parser task,
 * or a callback), plus, in a task that runs no page code, its promise continuations: the bench
 * pages' own scripts (the probe, the live blog's and the storm's timers) use no promises, and the
 * content script's sliced analysis resumes through them.
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
const MICROTASKS = new Set(['RunMicrotasks', 'V8.RunMicrotasks', 'BlinkScheduler_PerformMicrotaskCheckpoint']);

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
  let ownCode = 0;
  let coveredUntil = 0;
  let pageCode = false;
  let microtasks = 0;
  const close = () => {
    if (task) {
      const share = ownCode + (pageCode ? 0 : microtasks);
      longest = Math.max(longest, share);
      total += share;
    }
    task = null;
  };
  // Top-level tasks do not overlap: one pass, each event falling in the task open at its time.
  for (const event of onMain) {
    if (task && event.ts >= task.ts + task.dur!) close();
    if (!task) {
      if (event.name !== 'RunTask' || !event.dur) continue;
      task = event;
      ownCode = coveredUntil = 0;
      pageCode = false;
      microtasks = 0;
      continue;
    }
    const url = event.args?.data?.url ?? event.args?.data?.scriptName ?? '';
    if (EXTENSION_URL.test(url)) {
      // Outermost events only: a compile inside an evaluation is not counted twice.
      if (event.ts >= coveredUntil && event.dur) {
        ownCode += event.dur;
        coveredUntil = event.ts + event.dur;
      }
    } else if (PAGE_CODE.has(event.name)) pageCode = true;
    if (MICROTASKS.has(event.name) && event.dur && event.ts >= coveredUntil) {
      microtasks += event.dur;
      coveredUntil = event.ts + event.dur;
    }
  }
  close();
  return { longestMs: longest / 1000, totalMs: total / 1000 };
}
