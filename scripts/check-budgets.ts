/**
 * `npm run check:budgets`: runs the browser bench (`bench-browser.ts`) in this invocation and fails
 * when a budget in `budgets.json` is exceeded. Prints every budget with its measured value and
 * margin, passing or not, so a failure says by how much.
 *
 *   tsx scripts/check-budgets.ts [--browsers chromium] [--runs 3]
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { printReport, runBench } from './bench-browser';
import type { ScenarioResult } from './lib/browser-bench-report';

const ROOT = resolve(import.meta.dirname, '..');

interface Budgets {
  browsers: string[];
  runs: number;
  unrelated: { msPer100Kb: number; noiseMs: number };
  longTask: { ms: number; noiseMs: number };
  typicalTimeToMarks: { ms: number; noiseMs: number };
  liveBlog: { p95Ms: number; markedShare: number };
  heap: { extraMb: Record<string, number>; awayExtraMb: number };
  bundle: { rawKb: number; gzipKb: number };
}

interface Verdict {
  budget: string;
  measured: number | null;
  limit: number;
  pass: boolean;
}

const check = (budget: string, measured: number | null, limit: number): Verdict => ({
  budget,
  measured,
  limit,
  pass: measured !== null && measured <= limit,
});

function option(name: string): string | undefined {
  const at = process.argv.indexOf(`--${name}`);
  return at === -1 ? undefined : process.argv[at + 1];
}

const diff = (r: ScenarioResult, metric: 'taskMs' | 'heapMb' | 'heapAwayMb') =>
  r.extension[metric] === null || r.plain[metric] === null ? null : r.extension[metric]! - r.plain[metric]!;

export function judge(
  budgets: Budgets,
  results: ScenarioResult[],
  bundle: { rawKb: number; gzipKb: number },
): Verdict[] {
  const verdicts: Verdict[] = [
    check('bundle raw KB', bundle.rawKb, budgets.bundle.rawKb),
    check('bundle gzip KB', bundle.gzipKb, budgets.bundle.gzipKb),
  ];
  for (const r of results) {
    const at = `${r.browser} ${r.scenario}`;
    if (r.extension.extensionTaskMs !== null) {
      // Chromium: the tasks that ran Backstory's code, told apart in a trace.
      verdicts.push(
        check(
          `${at}: longest task running Backstory, ms`,
          r.extension.extensionTaskMs,
          budgets.longTask.ms + budgets.longTask.noiseMs,
        ),
      );
    } else {
      // Elsewhere only the page's long tasks are known: with the extension against without.
      const plainLongest = r.plain.longestTaskMs ?? 0;
      const taskLimit =
        plainLongest > budgets.longTask.ms
          ? plainLongest + budgets.longTask.noiseMs
          : budgets.longTask.ms + budgets.longTask.noiseMs;
      verdicts.push(check(`${at}: longest task after DOMContentLoaded, ms`, r.extension.longestTaskMs, taskLimit));
    }
    if (r.scenario === 'unrelated' && r.extension.taskMs !== null) {
      const limit = (budgets.unrelated.msPer100Kb * r.textKb) / 100 + budgets.unrelated.noiseMs;
      // Chromium: the tasks that ran Backstory's code (the whole-page task time differs by more than
      // that from one load to the next); elsewhere, task time with the extension minus without.
      const traced = r.extension.extensionTasksTotalMs;
      verdicts.push(
        traced !== null
          ? check(`${at}: main-thread ms running Backstory (${r.textKb} KB of text)`, traced, limit)
          : check(`${at}: extra main-thread ms (${r.textKb} KB of text)`, diff(r, 'taskMs'), limit),
      );
    }
    if (r.scenario === 'typical')
      verdicts.push(
        check(
          `${at}: DOMContentLoaded → marks, ms`,
          r.extension.timeToMarksMs,
          budgets.typicalTimeToMarks.ms + budgets.typicalTimeToMarks.noiseMs,
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
  }
  return verdicts;
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  const budgets = JSON.parse(readFileSync(join(ROOT, 'budgets.json'), 'utf8')) as Budgets;
  const browsers = option('browsers')?.split(',') ?? budgets.browsers;
  const report = await runBench(Number(option('runs') ?? budgets.runs), null, browsers);
  printReport(report);
  const verdicts = judge(budgets, report.results, report.bundle);
  console.log('\nBudgets (budgets.json):');
  for (const v of verdicts)
    console.log(
      `${v.pass ? 'ok  ' : 'FAIL'} ${v.budget}: ${v.measured === null ? 'not measured' : v.measured.toFixed(1)} (limit ${v.limit.toFixed(1)})`,
    );
  const failed = verdicts.filter((v) => !v.pass);
  console.log(
    failed.length === 0 ? '\nAll budgets met.' : `\n${failed.length} of ${verdicts.length} budgets exceeded.`,
  );
  process.exitCode = failed.length === 0 ? 0 : 1;
}
