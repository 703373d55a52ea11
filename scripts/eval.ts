/**
 * npm run eval [-- --quiet] [--lang=xx] [--signals]
 *
 * Runs the extension's engine and page adapter on every labelled page in `corpus/<lang>/` and prints,
 * per language and overall, verdict accuracy and mention precision and recall, then the misses.
 * Exit code 1 unless every verdict is right and, in every language, precision ≥ 98% and recall ≥ 95%.
 * `--signals` also prints, per page, the numbers behind its verdict (for tuning the relevance model).
 */
import { createEngine } from '../utils/engine/index';
import { readCorpus } from './lib/corpus';
import { loadNames } from './lib/load-names';
import { scorePage, type PageScore } from './lib/score-page';

const TARGET_PRECISION = 0.98;
const TARGET_RECALL = 0.95;

interface Totals {
  pages: number;
  verdictsRight: number;
  expected: number;
  found: number;
  recalled: number;
  correct: number;
}

const empty = (): Totals => ({ pages: 0, verdictsRight: 0, expected: 0, found: 0, recalled: 0, correct: 0 });
const percent = (part: number, whole: number) =>
  whole === 0 ? '  n/a' : `${((100 * part) / whole).toFixed(1).padStart(5)}%`;

function add(totals: Totals, score: PageScore): void {
  totals.pages++;
  if (score.verdictRight) totals.verdictsRight++;
  totals.expected += score.expectedCount;
  totals.found += score.foundCount;
  totals.recalled += score.recalled;
  totals.correct += score.correct;
}

function row(label: string, totals: Totals): string {
  return [
    label.padEnd(8),
    String(totals.pages).padStart(5),
    `${String(totals.verdictsRight).padStart(4)}/${String(totals.pages).padEnd(4)}${percent(totals.verdictsRight, totals.pages)}`,
    `${percent(totals.correct, totals.found)} (${totals.correct}/${totals.found})`.padEnd(20),
    `${percent(totals.recalled, totals.expected)} (${totals.recalled}/${totals.expected})`,
  ].join('  ');
}

async function main(argv: string[]): Promise<number> {
  const quiet = argv.includes('--quiet');
  const signals = argv.includes('--signals');
  const only = argv.find((arg) => arg.startsWith('--lang='))?.slice('--lang='.length);
  const { names, via } = await loadNames();
  const engine = createEngine(names);
  const pages = readCorpus().filter((page) => !only || page.lang === only);
  console.log(`pack: ${names.length} entries via ${via}; corpus: ${pages.length} pages`);
  const byLang = new Map<string, Totals>();
  const overall = empty();
  const report: string[] = [];
  let broken = 0;
  for (const page of pages) {
    if (!page.expected) {
      broken++;
      report.push(`✗ ${page.lang}/${page.slug}: cannot read expectations (${page.problem})`);
      continue;
    }
    const score = await scorePage(page, engine);
    if (signals) {
      const { topic, coverage, entries, when } = score.signals;
      console.log(
        `${page.expected.verdict.padEnd(9)} ${score.verdict.padEnd(9)} topic ${String(topic).padStart(5)}  cover ${coverage.toFixed(2)}  entries ${String(entries).padStart(2)}  ${when.padEnd(7)} ${page.lang}/${page.slug}`,
      );
    }
    if (!byLang.has(page.lang)) byLang.set(page.lang, empty());
    add(byLang.get(page.lang)!, score);
    add(overall, score);
    if (score.verdictRight && score.misses.length === 0) continue;
    const head = score.verdictRight
      ? `• ${page.lang}/${page.slug} (${score.verdict})`
      : `✗ ${page.lang}/${page.slug}: expected ${page.expected.verdict}, got ${score.verdict}`;
    report.push(head);
    if (!score.verdictRight) report.push(`    reasons: ${score.reasons.join('; ')}`);
    if (quiet) continue;
    for (const miss of score.misses)
      report.push(`    ${miss.kind.padEnd(9)} ${miss.entry}: “${miss.text}”  ${miss.context}`);
  }

  console.log(`\n${'lang'.padEnd(8)}  pages  verdicts          precision             recall`);
  for (const [lang, totals] of [...byLang].sort()) console.log(row(lang, totals));
  console.log(row('overall', overall));
  if (report.length > 0) console.log(`\nmisses:\n${report.join('\n')}`);

  const failing = [...byLang].filter(
    ([, totals]) =>
      totals.verdictsRight < totals.pages ||
      (totals.found > 0 && totals.correct / totals.found < TARGET_PRECISION) ||
      (totals.expected > 0 && totals.recalled / totals.expected < TARGET_RECALL),
  );
  const ok = failing.length === 0 && broken === 0 && pages.length > 0;
  console.log(
    ok
      ? '\ntargets met'
      : `\ntargets not met${failing.length ? ` in: ${failing.map(([lang]) => lang).join(', ')}` : ''}${broken ? `; ${broken} unreadable expectation file(s)` : ''}`,
  );
  return ok ? 0 : 1;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`eval: ${(error as Error)?.stack ?? String(error)}\n`);
    process.exit(2);
  },
);
