/**
 * What one load of one scenario yields, and how a run waits for the page to settle, shared by the
 * Chromium and Firefox drivers.
 */
import type { ProbeReadout } from './browser-bench-probe';
import type { Scenario } from './browser-bench-pages';

export interface RunResult {
  /** DOMContentLoaded → the first frame with a Backstory mark; null when nothing was marked. */
  timeToMarksMs: number | null;
  /**
   * The page's first contentful paint, from the start of the navigation (the usual measure: the
   * extension's own work at document start can move DOMContentLoaded, so that is no fair origin here).
   */
  firstPaintMs: number | null;
  ranges: number;
  /** The longest task that started after DOMContentLoaded (0 when none reached 50 ms). */
  longestTaskMs: number;
  longTasks: number;
  /** The longest task that ran the extension's code, from a trace (Chromium only; see `chromium-task-trace.ts`). */
  extensionTaskMs: number | null;
  /** All the tasks that ran the extension's code, together (Chromium only). */
  extensionTasksTotalMs: number | null;
  /** CDP `Performance.getMetrics` deltas over the load and the settle window (Chromium only). */
  scriptMs: number | null;
  taskMs: number | null;
  /** Style recalculation and layout in the same window (Chromium only). */
  styleLayoutMs: number | null;
  /** JS heap after a forced GC, settled on the page and then after navigating away (Chromium only). */
  heapMb: number | null;
  heapAwayMb: number | null;
  /** Live blog: DOM append → first frame with the paragraph marked. */
  live: { appended: number; marked: number; p50: number | null; p95: number | null; worst: number | null } | null;
}

export interface PageDriver {
  read(): Promise<ProbeReadout>;
  /** Evaluates a boolean page flag such as `__liveDone`. */
  flag(name: string): Promise<boolean>;
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Waits until the page has settled: its changing part is over (live blog, storm), the mark count has
 * not moved for 1.5 s, at least 3 s have passed, and, when marks are expected, there is at least one
 * (up to 25 s).
 */
export async function settle(page: PageDriver, scenario: Scenario, expectMarks: boolean): Promise<ProbeReadout> {
  const started = Date.now();
  let last = await page.read();
  let stableSince = Date.now();
  const doneFlag = scenario.kind === 'live-blog' ? '__liveDone' : scenario.kind === 'storm' ? '__stormDone' : null;
  while (Date.now() - started < 25_000) {
    await sleep(250);
    const now = await page.read();
    if (now.ranges !== last.ranges) stableSince = Date.now();
    last = now;
    if (doneFlag && !(await page.flag(doneFlag))) continue;
    if (expectMarks && now.ranges === 0) continue;
    if (Date.now() - stableSince >= 1500 && Date.now() - started >= 3000) break;
  }
  return last;
}

const quantile = (values: number[], q: number) =>
  values.length === 0
    ? null
    : [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(q * values.length))]!;

/** The parts of a run result the probe gives (both browsers). */
export function fromProbe(
  probe: ProbeReadout,
): Pick<RunResult, 'timeToMarksMs' | 'firstPaintMs' | 'ranges' | 'longestTaskMs' | 'longTasks' | 'live'> {
  const after = probe.longTasks.filter((task) => probe.dcl !== null && task.start >= probe.dcl);
  let live: RunResult['live'] = null;
  if (probe.liveAppended.length > 0) {
    const latencies: number[] = [];
    probe.liveAppended.forEach((at, i) => {
      const marked = probe.liveMarked[String(i)];
      if (marked !== undefined) latencies.push(Math.max(0, marked - at));
    });
    live = {
      appended: probe.liveAppended.length,
      marked: latencies.length,
      p50: quantile(latencies, 0.5),
      p95: quantile(latencies, 0.95),
      worst: quantile(latencies, 1),
    };
  }
  return {
    timeToMarksMs: probe.firstMark !== null && probe.dcl !== null ? probe.firstMark - probe.dcl : null,
    firstPaintMs: probe.firstPaint,
    ranges: probe.ranges,
    longestTaskMs: Math.max(0, ...after.map((task) => task.duration)),
    longTasks: after.length,
    live,
  };
}
