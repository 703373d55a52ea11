/**
 * `npm run check:budgets`: runs the browser bench (`bench-browser.ts`) in this invocation and fails
 * when a budget in `budgets.json` is exceeded. Prints every budget with its measured value and
 * margin, passing or not, so a failure says by how much.
 *
 * A scenario that exceeds a budget is measured again (as many loads once more, in fresh browsers)
 * and judged on the median of all its loads: one slow stretch of a shared machine does not fail the
 * build on its own, and a real regression, which moves every load, still does.
 *
 *   tsx scripts/check-budgets.ts [--browsers chromium] [--runs 5]   (defaults: budgets.json)
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { printReport, runBench, saveReport } from './bench-browser';
import { pooled, type BundleSizes, type ScenarioResult } from './lib/browser-bench-report';
import { speedFactor, timeToMarksFactor, type SpeedBounds } from './lib/machine-speed';

const ROOT = resolve(import.meta.dirname, '..');

interface Budgets {
  browsers: string[];
  runs: number;
  unrelated: { msPer100Kb: number; noiseMs: number };
  longTask: { ms: number; noiseMs: number };
  typicalTimeToMarks: { ms: number; noiseMs: number };
  liveBlog: { p95Ms: number; markedShare: number };
  heap: { extraMb: Record<string, number>; awayExtraMb: number };
  bundle: BundleSizes;
  speed: SpeedBounds;
}

interface Verdict {
  /** `browser scenario`, for a scenario's budgets. */
  at?: string;
  budget: string;
  measured: number | null;
  limit: number;
  /** A time limit scaled by the machine's speed: the budget as set, and the factor. */
  scaled?: { budget: number; factor: number };
  pass: boolean;
}

const check = (budget: string, measured: number | null, limit: number): Verdict => ({
  budget,
  measured,
  limit,
  pass: measured !== null && measured <= limit,
});

/** A time budget, judged against its limit times how much slower than the reference machine this one ran. */
const checkTime = (budget: string, measured: number | null, limit: number, factor: number): Verdict => ({
  ...check(budget, measured, limit * factor),
  scaled: { budget: limit, factor },
});

function option(name: string): string | undefined {
  const at = process.argv.indexOf(`--${name}`);
  return at === -1 ? undefined : process.argv[at + 1];
}

const STAGE_LABEL = {
  firstStage: 'content script, first stage (every page)',
  secondStage: 'content script, second stage (past the first look)',
  cardUi: 'content script, the card’s UI (the first card wanted)',
} as const;

/** Where a scenario's budgets were measured, `browser scenario`: how its verdicts are labelled and found again. */
const scenarioAt = (r: ScenarioResult) => `${r.browser} ${r.scenario}`;

const diff = (r: ScenarioResult, metric: 'taskMs' | 'heapMb' | 'heapAwayMb') =>
  r.extension[metric] === null || r.plain[metric] === null ? null : r.extension[metric]! - r.plain[metric]!;

export function judge(budgets: Budgets, results: ScenarioResult[], bundle: BundleSizes): Verdict[] {
  const verdicts: Verdict[] = (['firstStage', 'secondStage', 'cardUi'] as const).flatMap((stage) => [
    check(`${STAGE_LABEL[stage]} raw KB`, bundle[stage].rawKb, budgets.bundle[stage].rawKb),
    check(`${STAGE_LABEL[stage]} gzip KB`, bundle[stage].gzipKb, budgets.bundle[stage].gzipKb),
  ]);
  for (const r of results) {
    const at = scenarioAt(r);
    const first = verdicts.length;
    const factor = speedFactor(r, budgets.speed);
    if (r.extension.extensionTaskMs !== null) {
      // Chromium: the tasks that ran Backstory's code, told apart in a trace.
      verdicts.push(
        checkTime(
          `${at}: longest task running Backstory, ms`,
          r.extension.extensionTaskMs,
          budgets.longTask.ms + budgets.longTask.noiseMs,
          factor,
        ),
      );
    } else {
      // Elsewhere only the page's long tasks are known: with the extension against without.
      const plainLongest = r.plain.longestTaskMs ?? 0;
      const taskLimit =
        plainLongest > budgets.longTask.ms
          ? plainLongest + budgets.longTask.noiseMs
          : budgets.longTask.ms + budgets.longTask.noiseMs;
      verdicts.push(
        checkTime(`${at}: longest task after DOMContentLoaded, ms`, r.extension.longestTaskMs, taskLimit, factor),
      );
    }
    if (r.scenario === 'unrelated' && r.extension.taskMs !== null) {
      const limit = (budgets.unrelated.msPer100Kb * r.textKb) / 100 + budgets.unrelated.noiseMs;
      // Chromium: the tasks that ran Backstory's code (the whole-page task time differs by more than
      // that from one load to the next); elsewhere, task time with the extension minus without.
      const traced = r.extension.extensionTasksTotalMs;
      verdicts.push(
        traced !== null
          ? checkTime(`${at}: main-thread ms running Backstory (${r.textKb} KB of text)`, traced, limit, factor)
          : checkTime(`${at}: extra main-thread ms (${r.textKb} KB of text)`, diff(r, 'taskMs'), limit, factor),
      );
    }
    if (r.scenario === 'typical')
      verdicts.push(
        checkTime(
          `${at}: DOMContentLoaded → marks, ms`,
          r.extension.timeToMarksMs,
          budgets.typicalTimeToMarks.ms + budgets.typicalTimeToMarks.noiseMs,
          timeToMarksFactor(r, budgets.speed),
        ),
      );
    if (r.scenario === 'liveblog') {
      verdicts.push(check(`${at}: new paragraph → marked, p95 ms`, r.extension.liveP95, budgets.liveBlog.p95Ms));
      const unmarked = r.extension.liveMarkedShare === null ? null : 1 - r.extension.liveMarkedShare;
      verdicts.push(check(`${at}: share of paragraphs left unmarked`, unmarked, 1 - budgets.liveBlog.markedShare));
    }
    const heapLimit = budgets.heap.extraMb[r.scenario];
    if (heapLimit !== undefined && r.extension.heapMb !== null) {
      verdicts.push(check(`${at}: extra JS heap, MB`, diff(r, 'heapMb'), heapLimit));
      verdicts.push(
        check(`${at}: extra JS heap after navigating away, MB`, diff(r, 'heapAwayMb'), budgets.heap.awayExtraMb),
      );
    }
    for (const verdict of verdicts.slice(first)) verdict.at = at;
  }
  return verdicts;
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  const budgets = JSON.parse(readFileSync(join(ROOT, 'budgets.json'), 'utf8')) as Budgets;
  const browsers = option('browsers')?.split(',') ?? budgets.browsers;
  const runs = Number(option('runs') ?? budgets.runs);
  const report = await runBench(runs, null, browsers);
  printReport(report);
  let verdicts = judge(budgets, report.results, report.bundle);
  const again = new Set(verdicts.filter((v) => !v.pass && v.at).map((v) => v.at!));
  if (again.size > 0) {
    console.log(`\nOver budget: ${[...again].join(', ')}; measured again (${runs} more loads each).`);
    for (const browser of browsers) {
      const keys = report.results
        .filter((r) => r.browser === browser && again.has(scenarioAt(r)))
        .map((r) => r.scenario);
      if (keys.length === 0) continue;
      const more = await runBench(runs, keys, [browser]);
      report.results = report.results.map((r) => {
        const second = more.results.find((m) => scenarioAt(m) === scenarioAt(r));
        return second ? pooled(r, second) : r;
      });
    }
    saveReport(report);
    printReport(report);
    verdicts = judge(budgets, report.results, report.bundle);
  }
  console.log('\nBudgets (budgets.json):');
  for (const v of verdicts) {
    const limit = v.scaled
      ? `${v.scaled.budget.toFixed(1)} × ${v.scaled.factor.toFixed(2)} = ${v.limit.toFixed(1)}`
      : v.limit.toFixed(1);
    console.log(
      `${v.pass ? 'ok  ' : 'FAIL'} ${v.budget}: ${v.measured === null ? 'not measured' : v.measured.toFixed(1)} (limit ${limit})`,
    );
  }
  const failed = verdicts.filter((v) => !v.pass);
  console.log(
    failed.length === 0 ? '\nAll budgets met.' : `\n${failed.length} of ${verdicts.length} budgets exceeded.`,
  );
  process.exitCode = failed.length === 0 ? 0 : 1;
}
