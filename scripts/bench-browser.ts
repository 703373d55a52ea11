/**
 * `npm run bench:browser`: the built extension in real browsers, on generated pages, against the same
 * pages without it, in the same run. Prints a table (each cell "with extension / without") and writes
 * `bench-output/browser-bench.json`.
 *
 *   tsx scripts/bench-browser.ts [--runs 3] [--only typical,liveblog] [--browsers chromium,firefox]
 *
 * Build first (`npm run build:all`); `BACKSTORY_OUTPUT_DIR` points at another build folder.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { launchChromiumBench, type BenchBrowser } from './lib/browser-bench-chromium';
import { launchFirefoxBench } from './lib/browser-bench-firefox';
import { scenarios, type Scenario } from './lib/browser-bench-pages';
import { summarise, table, type BenchReport, type BundleSize, type ScenarioResult } from './lib/browser-bench-report';
import type { RunResult } from './lib/browser-bench-run';
import { loadNames } from './lib/load-names';

const ROOT = resolve(import.meta.dirname, '..');
const OUTPUT = process.env.BACKSTORY_OUTPUT_DIR ?? join(ROOT, '.output');
export const REPORT_PATH = join(ROOT, 'bench-output', 'browser-bench.json');

function option(name: string): string | undefined {
  const at = process.argv.indexOf(`--${name}`);
  return at === -1 ? undefined : process.argv[at + 1];
}

function sizeOf(path: string): BundleSize {
  const content = readFileSync(join(OUTPUT, 'chrome-mv3', path));
  return { rawKb: content.length / 1024, gzipKb: gzipSync(content, { level: 9 }).length / 1024 };
}

export function bundleSize(): BenchReport['bundle'] {
  return {
    firstStage: sizeOf('content-scripts/content.js'),
    secondStage: sizeOf('content-full.js'),
    cardUi: sizeOf('content-card.js'),
  };
}

/**
 * Loads per scenario for `runs`. The changing pages run 10 s each and already give many samples per
 * load. The typical article is loaded three times as often: its time to marks, a budget of its own,
 * moves from one load to the next by more than that budget's allowance (72-145 ms in 15 loads of one
 * build, as the page's own first frame lands before the analysis or in the middle of it), and a load
 * takes about a second.
 */
export function loadsOf(scenario: Scenario, runs: number): number {
  if (scenario.kind === 'live-blog' || scenario.kind === 'storm') return Math.min(runs, 2);
  return scenario.key === 'typical' ? runs * 3 : runs;
}

export async function runBench(runs: number, only: string[] | null, browsers: string[]): Promise<BenchReport> {
  const { names } = await loadNames();
  const aliases = [
    ...new Set(
      names.flatMap((record) =>
        record.aliases
          .filter((alias) => !alias.ambiguous && (alias.form === 'full' || alias.form === 'short'))
          .map((alias) => alias.text),
      ),
    ),
  ];
  const all = scenarios(aliases).filter((scenario) => !only || only.includes(scenario.key));
  const results: ScenarioResult[] = [];
  for (const browser of browsers) {
    const launch = (withExtension: boolean): Promise<BenchBrowser> =>
      browser === 'chromium'
        ? launchChromiumBench(withExtension ? join(OUTPUT, 'chrome-mv3') : null, all)
        : launchFirefoxBench(withExtension ? join(OUTPUT, 'firefox-mv3') : null, all);
    const extension = await launch(true);
    const plain = await launch(false);
    try {
      // The first page a freshly launched browser loads pays for the browser's own start-up (the
      // renderer, the extension's service worker, caches): two to four times the steady figure, with
      // or without the extension. One load of the first static page, not counted, before measuring.
      const warmUp = all.find((scenario) => scenario.kind === 'static' || scenario.kind === 'unrelated');
      if (warmUp) {
        await extension.run(warmUp);
        await plain.run(warmUp);
      }
      for (const scenario of all) {
        const count = loadsOf(scenario, runs);
        const sample: { extension: RunResult[]; plain: RunResult[] } = { extension: [], plain: [] };
        for (let i = 0; i < count; i++) {
          sample.extension.push(await extension.run(scenario));
          sample.plain.push(await plain.run(scenario));
        }
        const result = summarise(browser, extension.version, scenario, sample);
        results.push(result);
        console.error(`${browser} ${scenario.key}: done (${count} runs each)`);
      }
    } finally {
      await extension.close();
      await plain.close();
    }
  }
  const report: BenchReport = { at: new Date().toISOString(), runs, bundle: bundleSize(), results };
  saveReport(report);
  return report;
}

/** Writes the raw results to `REPORT_PATH`. */
export function saveReport(report: BenchReport): void {
  mkdirSync(join(ROOT, 'bench-output'), { recursive: true });
  writeFileSync(REPORT_PATH, `${JSON.stringify(report, null, 1)}\n`);
}

export function printReport(report: BenchReport): void {
  const versions = [...new Set(report.results.map((r) => `${r.browser} ${r.browserVersion}`))].join(', ');
  console.log(
    `Backstory in real browsers (${versions}); median of ${report.runs} runs (3 × ${report.runs} for the typical article, 2 for live blog and storm)`,
  );
  console.log('Each cell: with the extension / without it. Heap after a forced GC.');
  console.log(table(report.results));
  const size = ({ rawKb, gzipKb }: BundleSize) => `${rawKb.toFixed(1)} KB raw, ${gzipKb.toFixed(1)} KB gzip -9`;
  console.log(`content script, first stage (every page): ${size(report.bundle.firstStage)}`);
  console.log(`content script, second stage (pages past the first look): ${size(report.bundle.secondStage)}`);
  console.log(`content script, the card's UI (the first card wanted): ${size(report.bundle.cardUi)}`);
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  const runs = Number(option('runs') ?? 3);
  const only = option('only')?.split(',') ?? null;
  const browsers = option('browsers')?.split(',') ?? ['chromium', 'firefox'];
  printReport(await runBench(runs, only, browsers));
  console.log(`raw results: ${REPORT_PATH}`);
}
