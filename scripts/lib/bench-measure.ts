/**
 * The measurements behind `npm run bench`: the bare floor (one TreeWalker pass reading every text
 * node), Backstory's full analysis, and mark.js in keyword and `markRegExp` modes, each on the same
 * parsed page in the same process; plus heap deltas.
 */
import { createRequire } from 'node:module';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import type Mark from 'mark.js';
import type { Engine } from '../../utils/engine/index';
import { analyzeDocument, type PageAnalysis } from '../../utils/page/index';
import { parseHtml } from './dom';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;
const require = createRequire(import.meta.url);

export const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/** The bare floor: one walk over every text node, reading its data. */
export function floorWalk(document: Document): number {
  const walker = document.createTreeWalker(document.body, 0x4);
  let chars = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) chars += (node as Text).data.length;
  return chars;
}

export function time<T>(fn: () => T): { ms: number; value: T } {
  const start = performance.now();
  const value = fn();
  return { ms: performance.now() - start, value };
}

/**
 * Median times of two functions on one parsed page, run alternately (A, B, A, B…) so that load from
 * other processes hits both alike, after a warm-up of both.
 */
export function timePair<A, B>(
  document: Document,
  runs: number,
  first: (document: Document) => A,
  second: (document: Document) => B,
): { first: { ms: number; value: A }; second: { ms: number; value: B } } {
  // Warm-up until the JIT has settled: at least 3 runs of each and at least ~300 ms.
  let a = first(document);
  let b = second(document);
  const warmStart = performance.now();
  for (let i = 0; i < 3 || (performance.now() - warmStart < 300 && i < 200); i++) {
    a = first(document);
    b = second(document);
  }
  const aTimes: number[] = [];
  const bTimes: number[] = [];
  // Small pages get more runs (up to ~1 s of measuring), so a stray GC pause cannot move the median.
  const once = time(() => second(document)).ms;
  const total = Math.max(runs, Math.min(61, Math.floor(1000 / Math.max(once, 1))));
  for (let i = 0; i < total; i++) {
    const runA = time(() => first(document));
    const runB = time(() => second(document));
    aTimes.push(runA.ms);
    bTimes.push(runB.ms);
    a = runA.value;
    b = runB.value;
  }
  return { first: { ms: median(aTimes), value: a }, second: { ms: median(bTimes), value: b } };
}

/** Heap growth while `fn` runs (no GC in between, so garbage counts: close to the peak), and what it retains. */
export function heapOf<T>(fn: () => T): { value: T; peakMb: number; retainedMb: number } {
  gc();
  const before = process.memoryUsage().heapUsed;
  const value = fn();
  const peak = process.memoryUsage().heapUsed - before;
  gc();
  const retained = process.memoryUsage().heapUsed - before;
  // Other garbage collected in between can make the difference negative: that is "nothing kept".
  return { value, peakMb: Math.max(0, peak) / 2 ** 20, retainedMb: Math.max(0, retained) / 2 ** 20 };
}

export function backstory(document: Document, engine: Engine): PageAnalysis {
  return analyzeDocument(document, engine);
}

/** The browser globals mark.js reads besides window and document. */
const MARK_GLOBALS = ['NodeFilter', 'NodeList', 'Node', 'HTMLElement'];

type MarkConstructor = new (context: Element) => Mark;

/** Runs mark.js on a fresh copy of the page (it rewrites the DOM); parsing is not timed. */
async function withMark<T>(html: string, run: (mark: Mark) => T): Promise<{ ms: number; value: T }> {
  const page = parseHtml(html);
  const globals = globalThis as Record<string, unknown>;
  const window = page.document.defaultView as unknown as Record<string, unknown>;
  globals.window = window;
  globals.document = page.document;
  for (const name of MARK_GLOBALS) globals[name] = window[name];
  const MarkJs = require('mark.js') as MarkConstructor;
  const mark = new MarkJs(page.document.body);
  const result = time(() => run(mark));
  delete globals.window;
  delete globals.document;
  for (const name of MARK_GLOBALS) delete globals[name];
  await page.close();
  return result;
}

export async function markRegExp(html: string, pattern: RegExp): Promise<{ ms: number; marks: number }> {
  const run = await withMark(html, (mark) => {
    let marks = 0;
    mark.markRegExp(pattern, { acrossElements: false, each: () => void marks++ });
    return marks;
  });
  return { ms: run.ms, marks: run.value };
}

/**
 * mark.js keyword mode walks the whole page once per keyword, so on big pages it is run on the first
 * keywords only until `budgetMs` is spent, and the total is extrapolated linearly (it is K walks).
 */
export async function markKeywords(
  html: string,
  keywords: readonly string[],
  budgetMs: number,
): Promise<{ ms: number; done: number; extrapolated: boolean }> {
  let spent = 0;
  let done = 0;
  const batch = 10;
  while (done < keywords.length && spent < budgetMs) {
    const slice = keywords.slice(done, done + batch);
    const run = await withMark(html, (mark) =>
      mark.mark([...slice], { separateWordSearch: false, diacritics: false, accuracy: 'exactly' }),
    );
    spent += run.ms;
    done += slice.length;
  }
  const extrapolated = done < keywords.length;
  return { ms: extrapolated ? (spent / done) * keywords.length : spent, done, extrapolated };
}

/** One alternation of all aliases, longest first, with Unicode word boundaries, case-insensitive. */
export function aliasRegExp(aliases: readonly string[]): RegExp {
  const escaped = [...new Set(aliases)]
    .sort((a, b) => b.length - a.length)
    .map((alias) => alias.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${escaped.join('|')})(?![\\p{L}\\p{N}])`, 'giu');
}

export { gc };
