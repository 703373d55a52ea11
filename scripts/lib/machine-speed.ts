/**
 * How fast the machine ran pages while a scenario was measured, so time budgets set on one machine
 * can be judged on another. CI's shared 2-core machines, and this project's own machine from one day
 * to the next, ran the same build's pages 1.1-1.7 times slower, with the extension as without it,
 * and fixed limits failed by as much.
 *
 * The yardstick is the page itself without the extension, loaded in the same run, load for load
 * beside the one with it: its main-thread time (CDP's TaskDuration: parsing, style, layout, the
 * page's own script). Backstory's cost moved with it: in eight runs on machines 1.0-1.7 times slower
 * than the reference, its tasks took 3.2-3.6% of the page's own time on the unrelated 1 MB page and
 * 31-37% on the typical article. A fixed piece of cold JavaScript, timed in a page of its own before
 * each load (Lighthouse's benchmark index), was tried first and did not move with them: it ran faster
 * on the day the pages ran 1.5 times slower.
 */
import type { ScenarioResult } from './browser-bench-report';

export interface SpeedBounds {
  /** Each scenario's page-alone main-thread time, ms (median), on the machine the budgets were set on. */
  referencePageMs: Record<string, number>;
  /** The factor is kept within [min, max]: a faster machine tightens the limits, a slower one loosens them. */
  min: number;
  max: number;
}

/**
 * How much slower than the reference machine this one ran the scenario's page alone (below 1:
 * faster), within the bounds; 1 where either is unknown (Firefox reports no task time).
 */
export function speedFactor(result: ScenarioResult, bounds: SpeedBounds): number {
  const reference = bounds.referencePageMs[result.scenario];
  const measured = result.plain.taskMs;
  if (reference === undefined || measured === null || !(measured > 0)) return 1;
  return Math.min(bounds.max, Math.max(bounds.min, measured / reference));
}

/**
 * The factor for a time to marks: a slower machine gets more time, a faster one no less than the
 * budget. The time from DOMContentLoaded to the frame with the marks waits on more than the CPU: the
 * frame cadence, the reply to the settings read, the page's own first frame landing before or after
 * the analysis. It did not follow the yardstick on a faster machine: on CI, with the page alone at
 * 0.73 of the reference and Backstory's own tasks at 69 ms (77-80 on this project's machine the next
 * day), the typical article's marks came 121 ms after DOMContentLoaded, against 91 here (medians of
 * 10 and 8 loads of the same build).
 */
export function timeToMarksFactor(result: ScenarioResult, bounds: SpeedBounds): number {
  return Math.max(1, speedFactor(result, bounds));
}
