/**
 * npm run bench [-- --quick]
 *
 * Node + happy-dom, fixed generated pages. For each page, in the same run: the bare floor (one
 * TreeWalker pass reading every text node), Backstory's full analysis (first look, walk, fold, match,
 * rules, verdict, mentions), mark.js `markRegExp` with one alternation of the same aliases, and mark.js
 * keyword mode (capped by a time budget and extrapolated, because it walks the page once per keyword).
 * Prints a table with ratios and heap figures. A benchmark, not a test: it never fails.
 * Options: `--quick` (fewer runs, smaller mark.js budget), `--only=<text>`, `--no-mark`.
 */
import { createEngine } from '../utils/engine/index';
import { aliasRegExp, backstory, floorWalk, heapOf, markKeywords, markRegExp, timePair } from './lib/bench-measure';
import { benchPages } from './lib/bench-pages';
import { parseHtml } from './lib/dom';
import { loadNames } from './lib/load-names';

const quick = process.argv.includes('--quick');
/** `--only=1 MB` runs the pages whose name contains the text; `--no-mark` skips mark.js. */
const only = process.argv.find((arg) => arg.startsWith('--only='))?.slice('--only='.length);
const withMark = !process.argv.includes('--no-mark');
const RUNS = quick ? 5 : 9;
const KEYWORD_BUDGET_MS = quick ? 4_000 : 15_000;

const fmt = (ms: number) => (ms >= 100 ? ms.toFixed(0) : ms.toFixed(1));
const ratio = (a: number, b: number) => `${(a / b).toFixed(a / b >= 10 ? 0 : 2)}×`;

async function main(): Promise<void> {
  const { names, via } = await loadNames();
  const engine = createEngine(names);
  const aliases = [...new Set(names.flatMap((record) => record.aliases.map((alias) => alias.text)))];
  const mentionAliases = names.flatMap((record) =>
    record.aliases
      .filter((alias) => !alias.ambiguous && (alias.form === 'full' || alias.form === 'short'))
      .map((alias) => alias.text),
  );
  const pattern = aliasRegExp(aliases);
  console.log(
    `Backstory bench — Node ${process.version}, happy-dom, ${aliases.length} aliases (${via}), median of ${RUNS}+ warm runs (more on small pages), floor and Backstory alternating`,
  );
  console.log(
    'mark.js keyword mode runs on the first keywords until its time budget is spent, then is extrapolated ×(all/done).\n',
  );

  const header = [
    'page',
    'chars',
    'text nodes',
    'floor ms',
    'Backstory ms',
    '÷ floor',
    'mentions',
    'verdict',
    'markRegExp ms',
    'marks',
    'mark() ms',
    'vs markRegExp',
    'vs mark()',
    'heap peak / kept MB',
  ];
  const rows: string[][] = [];
  const pages = benchPages(mentionAliases).filter((candidate) => !only || candidate.name.includes(only));
  // First the floor and Backstory on every page, then mark.js (whose runs leave much garbage behind).
  const measured = [];
  for (const page of pages) {
    const parsed = parseHtml(page.html);
    const { first: floor, second: full } = timePair(parsed.document, RUNS, floorWalk, (document) =>
      backstory(document, engine),
    );
    const walker = parsed.document.createTreeWalker(parsed.document.body, 0x4);
    let nodes = 0;
    while (walker.nextNode()) nodes++;
    const memory = heapOf(() => backstory(parsed.document, engine));
    await parsed.close();
    measured.push({ page, floor, full, nodes, memory });
    console.error(`  measured: ${page.name}`);
  }
  for (const { page, floor, full, nodes, memory } of measured) {
    const regex = withMark ? await markRegExp(page.html, pattern) : { ms: NaN, marks: 0 };
    const keywords = withMark
      ? await markKeywords(page.html, aliases, KEYWORD_BUDGET_MS)
      : { ms: NaN, done: 0, extrapolated: false };
    const result = full.value;
    rows.push([
      page.name,
      String(floor.value),
      String(nodes),
      fmt(floor.ms),
      fmt(full.ms),
      ratio(full.ms, floor.ms),
      String(result.mentions.length),
      `${result.verdict}${result.stoppedEarly ? ' (first look)' : ''}`,
      fmt(regex.ms),
      String(regex.marks),
      `${fmt(keywords.ms)}${keywords.extrapolated ? ` (${keywords.done}/${aliases.length} kw)` : ''}`,
      ratio(regex.ms, full.ms),
      ratio(keywords.ms, full.ms),
      `${memory.peakMb.toFixed(1)} / ${memory.retainedMb.toFixed(1)}`,
    ]);
    console.error(`  mark.js done: ${page.name}`);
  }
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column]!.length)));
  const line = (cells: string[]) => `| ${cells.map((cell, column) => cell.padEnd(widths[column]!)).join(' | ')} |`;
  console.log(line(header));
  console.log(`|${widths.map((width) => '-'.repeat(width + 2)).join('|')}|`);
  for (const row of rows) console.log(line(row));
  console.log(
    '\nTargets: Backstory ≤ 3× floor (unrelated ≤ 1.5×); ≥ 3× faster than markRegExp; ≥ 50× faster than mark().',
  );
}

main().catch((error: unknown) => {
  process.stderr.write(`bench: ${(error as Error)?.stack ?? String(error)}\n`);
  process.exit(1);
});
