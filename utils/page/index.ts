/**
 * The page adapter's public API: analyse a DOM document with the engine, read-only.
 *
 *   const result = analyzeDocument(document, engine);                 // all at once
 *   const result = await analyzeDocumentSliced(document, engine);     // in ≤ ~8 ms slices
 *   result.verdict, result.score, result.reasons
 *   result.mentions[i].range()        // a live DOM Range over the mention
 *   result.mentionAt(textNode, offset) // the mention under a caret position, or null
 *
 * A cheap first look (title, description, the first stretch of the page's text) comes first, as the
 * start of the one walk; on a clearly unrelated page it stops there (`stoppedEarly`).
 */
import type { Engine } from '../engine/index';
import type { Analysis, Verdict, Zone } from '../engine/types';
import { runToEnd } from '../engine/steps';
import { PageCollector } from './collect';
import { zoneAtOffset } from './offsets';
import { readMetadata, titleText } from './metadata';
import { createMentionLookup, surfaceOf, toPageMention, type PageMention } from './page-mentions';
import { FIRST_LOOK_CHARS, NO_NAMES_AT_TOP, NODES_PER_STEP } from './top-of-page';
import { macrotask, yieldToPage } from './yield';

export type { PageMention } from './page-mentions';
export { OWN_UI_ATTRIBUTE } from './element-info';
export { yieldToPage } from './yield';
export { FIRST_LOOK_CHARS, NO_NAMES_AT_TOP, NODES_PER_STEP } from './top-of-page';

export interface AnalyzeDocumentOptions {
  /** Run the cheap first look and stop on a clearly unrelated page (default true). */
  firstLook?: boolean;
  /** Walk only this element (default: the body). */
  root?: Element;
  /**
   * With `root`: the verdict already reached for the whole page. The fragment's mentions then follow
   * it instead of the fragment being judged alone (a new live-blog entry is not a page by itself).
   */
  pageVerdict?: Verdict;
}

export interface PageAnalysis extends Omit<Analysis, 'mentions'> {
  mentions: PageMention[];
  /** True when the first look found the page clearly unrelated and nothing more was read. */
  stoppedEarly: boolean;
  /** The mention covering character `offset` of text node `node`, if any. */
  mentionAt(node: Node, offset: number): PageMention | null;
  /** The page text between two offsets (for context around a mention). */
  textBetween(start: number, end: number): string;
  /** The zone of page-text offset `offset` (null after an early stop). */
  zoneAt(offset: number): Zone | null;
  stats: { textNodes: number; textLength: number; main: string | null };
}

function describe(element: Element | null): string | null {
  if (!element) return null;
  const id = element.getAttribute('id');
  const className = element.getAttribute('class')?.trim().split(/\s+/)[0];
  return `${element.nodeName.toLowerCase()}${id ? `#${id}` : ''}${className ? `.${className}` : ''}`;
}

/** Mentions given their DOM position between yields. */
const MENTIONS_PER_STEP = 256;

/** Yielded once, when the top of the page may name something and the page is about to be read in full. */
export const FULL_LOOK = 'full-look';

/**
 * The analysis as steps: each `next()` does a bounded amount of work (a slice of the walk or the
 * scan). A step that yields `FULL_LOOK` marks the point past the cheap first look.
 */
export function* analyzeDocumentSteps(
  document: Document,
  engine: Engine,
  options: AnalyzeDocumentOptions = {},
): Generator<typeof FULL_LOOK | void, PageAnalysis, void> {
  const metadata = readMetadata(document);
  const facts = {
    published: metadata.published,
    lang: metadata.lang,
    ...(options.pageVerdict ? { pageVerdict: options.pageVerdict } : {}),
  };
  const metaText = titleText(metadata);
  const collector = new PageCollector(document, { metaText, ...(options.root ? { root: options.root } : {}) });
  const firstLook = options.firstLook !== false;
  // The first look is the start of the same walk: the title, the description and the first stretch
  // of text. Before the engine's index exists a prefilter judges it: where none of it holds a word a
  // name needs, the page stops here and the index is never read. Once the index exists (a later
  // analysis on the same page: a live update, a navigation), the automaton's own first look judges,
  // and the prefilter would only add a pass. Nothing is read twice. `FULL_LOOK` comes as soon as the
  // page is known to be worth the index, before reading it or else the rest of the page.
  const indexBuilt = engine.hasIndex;
  // The title and description are the start of the folded text, and more text only adds words: where
  // they may already name something, so may the first look's stretch, which is then not looked over a
  // second time (on coverage of the talks, where this is usual, it saves most of the prefilter's cost,
  // and the reader's settings are asked for before the walk instead of after it).
  const titleMayMention =
    !indexBuilt && firstLook && collector.folded.buffer.length > 0 && engine.mayMention(collector.folded);
  if (titleMayMention) yield FULL_LOOK;
  while (!collector.step(NODES_PER_STEP, FIRST_LOOK_CHARS) && collector.length < FIRST_LOOK_CHARS) yield;
  if (!indexBuilt && !titleMayMention) {
    if (firstLook && !engine.mayMention(collector.folded)) {
      return stoppedEarly(NO_NAMES_AT_TOP, metadata.published);
    }
    yield FULL_LOOK;
  }
  // Reading the engine's index is a step of its own (on a page, the first time: parse and assemble it).
  if (!indexBuilt) void engine.index;
  yield;
  const session = engine.session(collector.folded);
  session.scanAvailable();
  if (firstLook) {
    const look = session.firstLook(facts);
    if (!look.promising) return stoppedEarly(look.reason, metadata.published);
  }
  if (indexBuilt) yield FULL_LOOK;
  while (!collector.done) {
    yield;
    collector.step(NODES_PER_STEP);
    session.scanAvailable();
  }
  const text = yield* collector.finishing();
  yield;
  const analysis = yield* session.finish(facts);
  collector.release();
  const mentions: PageMention[] = [];
  for (const mention of analysis.mentions) {
    mentions.push(toPageMention(document, text, mention));
    if (mentions.length % MENTIONS_PER_STEP === 0) yield;
  }
  return {
    ...analysis,
    mentions,
    stoppedEarly: false,
    mentionAt: createMentionLookup(text, mentions),
    textBetween: (start, end) => surfaceOf(text, Math.max(0, start), Math.min(text.length, end)),
    zoneAt: (offset) => zoneAtOffset(text.sourceZones, offset),
    stats: { textNodes: text.nodes.length, textLength: text.length, main: describe(text.main) },
  };
}

function stoppedEarly(reason: string, published: PageAnalysis['published']): PageAnalysis {
  return {
    verdict: 'unrelated',
    score: 0,
    reasons: [reason],
    published,
    found: {},
    signals: { topic: 0, coverage: 0, entries: 0, when: 'unknown' },
    mentions: [],
    stoppedEarly: true,
    mentionAt: () => null,
    textBetween: () => '',
    zoneAt: () => null,
    stats: { textNodes: 0, textLength: 0, main: null },
  };
}

export function analyzeDocument(
  document: Document,
  engine: Engine,
  options: AnalyzeDocumentOptions = {},
): PageAnalysis {
  return runToEnd(analyzeDocumentSteps(document, engine, options));
}

export interface SliceOptions extends AnalyzeDocumentOptions {
  /** Work at most about this long before yielding to the page (default 8 ms). */
  sliceMs?: number;
  /** How to yield; default `scheduler.yield()` where available, else a macrotask. */
  yieldToPage?: () => Promise<void>;
  signal?: AbortSignal;
  /**
   * Called at `FULL_LOOK`, when the page is about to be read in full; the analysis goes on meanwhile
   * and waits for it before it returns (the content script reads the reader's settings there: a page
   * the first look rules out never needs them). Abort `signal` to stop.
   */
  onFullLook?: () => Promise<void>;
}

/**
 * A `scheduler.yield()` continuation runs before the page's other queued tasks (that is its point),
 * so a long sliced analysis made of them still keeps the page's own timers waiting until it ends
 * (900 ms on a 100,000-node page in Firefox). At least this often the analysis yields with a plain
 * macrotask instead, behind whatever the page has queued.
 */
const FAIR_YIELD_MS = 50;

/** The same analysis, yielding to the page every `sliceMs` so no long task is created. Rejects if aborted. */
export async function analyzeDocumentSliced(
  document: Document,
  engine: Engine,
  options: SliceOptions = {},
): Promise<PageAnalysis> {
  const sliceMs = options.sliceMs ?? 8;
  const pause = options.yieldToPage ?? yieldToPage;
  const steps = analyzeDocumentSteps(document, engine, options);
  let fullLook: Promise<void> | undefined;
  let sliceStart = performance.now();
  let fairYield = sliceStart;
  for (;;) {
    options.signal?.throwIfAborted();
    const next = steps.next();
    if (next.done) {
      await fullLook;
      options.signal?.throwIfAborted();
      return next.value;
    }
    if (next.value === FULL_LOOK && options.onFullLook) {
      fullLook = options.onFullLook();
      // Awaited at the end; a rejection meanwhile is not "unhandled".
      fullLook.catch(() => undefined);
    }
    const now = performance.now();
    if (now - sliceStart >= sliceMs) {
      const fair = !options.yieldToPage && now - fairYield >= FAIR_YIELD_MS;
      await (fair ? macrotask() : pause());
      sliceStart = performance.now();
      if (fair) fairYield = sliceStart;
    }
  }
}
