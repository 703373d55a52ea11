/**
 * The browser bench's results: medians over runs, with and without the extension, per scenario and
 * browser; the printed table; the JSON written to `bench-output/`.
 */
import type { RunResult } from './browser-bench-run';
import type { Scenario } from './browser-bench-pages';

export type Metric = Exclude<keyof RunResult, 'live'> | 'liveP50' | 'liveP95' | 'liveWorst' | 'liveMarkedShare';

export interface ScenarioResult {
  browser: string;
  browserVersion: string;
  scenario: string;
  name: string;
  textKb: number;
  runs: { extension: RunResult[]; plain: RunResult[] };
  /** Medians per metric (null when a browser cannot report it). */
  extension: Record<Metric, number | null>;
  plain: Record<Metric, number | null>;
}

export interface BundleSize {
  rawKb: number;
  gzipKb: number;
}

/**
 * The content script's files: the first stage every page compiles, the second only pages past the
 * first look, the card's UI only pages where a card was wanted.
 */
export interface BundleSizes {
  firstStage: BundleSize;
  secondStage: BundleSize;
  cardUi: BundleSize;
}

export interface BenchReport {
  at: string;
  runs: number;
  bundle: BundleSizes;
  results: ScenarioResult[];
}

const METRICS: Metric[] = [
  'timeToMarksMs',
  'firstPaintMs',
  'ranges',
  'longestTaskMs',
  'longTasks',
  'extensionTaskMs',
  'extensionTasksTotalMs',
  'scriptMs',
  'taskMs',
  'styleLayoutMs',
  'heapMb',
  'heapAwayMb',
  'liveP50',
  'liveP95',
  'liveWorst',
  'liveMarkedShare',
];

function value(run: RunResult, metric: Metric): number | null {
  if (metric === 'liveP50') return run.live?.p50 ?? null;
  if (metric === 'liveP95') return run.live?.p95 ?? null;
  if (metric === 'liveWorst') return run.live?.worst ?? null;
  if (metric === 'liveMarkedShare') return run.live ? run.live.marked / Math.max(1, run.live.appended) : null;
  return run[metric];
}

export function medians(runs: RunResult[]): Record<Metric, number | null> {
  const out = {} as Record<Metric, number | null>;
  for (const metric of METRICS) {
    const values = runs.map((run) => value(run, metric)).filter((v): v is number => v !== null);
    out[metric] = values.length === 0 ? null : [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
  }
  return out;
}

/** A scenario measured a second time, taken as one measurement: every load of both, medians over all of them. */
export function pooled(first: ScenarioResult, more: ScenarioResult): ScenarioResult {
  const runs = {
    extension: [...first.runs.extension, ...more.runs.extension],
    plain: [...first.runs.plain, ...more.runs.plain],
  };
  return { ...first, runs, extension: medians(runs.extension), plain: medians(runs.plain) };
}

export function summarise(
  browser: string,
  browserVersion: string,
  scenario: Scenario,
  runs: ScenarioResult['runs'],
): ScenarioResult {
  return {
    browser,
    browserVersion,
    scenario: scenario.key,
    name: scenario.name,
    textKb: Math.round(scenario.textChars / 1024),
    runs,
    extension: medians(runs.extension),
    plain: medians(runs.plain),
  };
}

const fmt = (v: number | null, digits = 0) => (v === null ? '—' : v.toFixed(digits));
const pair = (r: ScenarioResult, metric: Metric, digits = 0) =>
  `${fmt(r.extension[metric], digits)} / ${fmt(r.plain[metric], digits)}`;

/** One row per scenario and browser; each cell is "with extension / without". */
export function table(results: ScenarioResult[]): string {
  const header = [
    'browser',
    'scenario',
    'text KB',
    'marks',
    'DCL→marks ms',
    'first paint ms',
    'longest task ms',
    'long tasks',
    'Backstory tasks: longest / all ms',
    'script ms',
    'task ms',
    'style+layout ms',
    'heap MB',
    'heap away MB',
    'live p50/p95/worst ms',
  ];
  const rows = results.map((r) => [
    r.browser,
    r.scenario,
    String(r.textKb),
    fmt(r.extension.ranges),
    fmt(r.extension.timeToMarksMs),
    pair(r, 'firstPaintMs'),
    pair(r, 'longestTaskMs'),
    pair(r, 'longTasks'),
    `${fmt(r.extension.extensionTaskMs)} / ${fmt(r.extension.extensionTasksTotalMs)}`,
    pair(r, 'scriptMs'),
    pair(r, 'taskMs'),
    pair(r, 'styleLayoutMs'),
    pair(r, 'heapMb', 1),
    pair(r, 'heapAwayMb', 1),
    r.extension.liveP50 === null
      ? '—'
      : `${fmt(r.extension.liveP50)}/${fmt(r.extension.liveP95)}/${fmt(r.extension.liveWorst)} (${fmt(
          (r.extension.liveMarkedShare ?? 0) * 100,
        )}% marked)`,
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]!.length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}
