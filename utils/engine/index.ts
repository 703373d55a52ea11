/**
 * The recognition engine's public API (DOM-free; the page adapter in `utils/page` feeds it).
 *
 *   const engine = createEngine(names);          // once per pack; the automaton is built on first need
 *   const engine = createEngineFromData(() => data, prefilter); // the same over an index built ahead
 *   const result = engine.analyzeText(text);     // verdict, score, reasons, mentions
 *   engine.mayMention(doc, to)                   // the anchor prefilter: cheap, needs no automaton
 *
 * For a page, `utils/page` folds the DOM text into a `FoldedDocument` and calls `engine.analyze` or,
 * in slices, `engine.analysisSteps`.
 */
import type { NameRecord } from '../pack/schema';
import { analysisSteps, createAnalysisSession, type AnalysisSession } from './analysis';
import { runToEnd } from './steps';
import { createAnchorFilter, encodeNeeds, neededWords, type AnchorFilter } from './anchors';
import { fromIndexData, type MatchIndexData } from './index-data';
import { createHitScanner } from './candidates';
import { judgeFirstLook, type FirstLook } from './first-look';
import { buildMatchIndex, type MatchIndex } from './match-index';
import { foldTextDocument, type TextDocumentOptions } from './text-document';
import type { Analysis, FoldedDocument, PageFacts } from './types';

export interface Engine {
  /** The automaton and what each pattern means; built on first use (the costly step of starting). */
  readonly index: MatchIndex;
  /** Whether `index` has been built (or read) already: then the prefilter saves nothing. */
  readonly hasIndex: boolean;
  /** Whether folded units `[0, to)` of `doc` may hold a name at all (see `anchors.ts`); builds nothing. */
  mayMention(doc: FoldedDocument, to?: number): boolean;
  /** Analyses a folded document in one go. */
  analyze(doc: FoldedDocument, facts?: PageFacts): Analysis;
  /** The same, as steps: call `next()` until done; each step is a bounded amount of work. */
  analysisSteps(doc: FoldedDocument, facts?: PageFacts): Generator<void, Analysis, void>;
  /** A cheap look at the top of a page (title, headline, lead): is a full analysis worth it? */
  firstLook(doc: FoldedDocument, facts?: PageFacts): FirstLook;
  /** An analysis that follows a document while it is still being folded (the page adapter's walk). */
  session(doc: FoldedDocument): AnalysisSession;
  /** Analyses plain text (blank lines separate paragraphs). Offsets refer to `text`. */
  analyzeText(text: string, options?: TextDocumentOptions & { facts?: PageFacts }): Analysis;
}

export function createEngine(names: readonly NameRecord[]): Engine {
  return engineOver(
    () => buildMatchIndex(names),
    () => createAnchorFilter(encodeNeeds(neededWords(names))),
  );
}

/**
 * An engine over an index built ahead of time (`toIndexData`, at build time) and a prefilter already
 * made from the word sets (`createAnchorFilter(encodeNeeds(…))`): on a page, the content script's
 * first stage made it for its first look, and the second stage takes it over instead of making it
 * again. `readIndex` is called on first need only: a page the prefilter rules out never pays for it.
 */
export function createEngineFromData(readIndex: () => MatchIndexData, prefilter: AnchorFilter): Engine {
  return engineOver(
    () => fromIndexData(readIndex()),
    () => prefilter,
  );
}

function engineOver(build: () => MatchIndex, makeFilter: () => AnchorFilter): Engine {
  let built: MatchIndex | undefined;
  let filter: AnchorFilter | undefined;
  const index = () => (built ??= build());
  return {
    get index() {
      return index();
    },
    get hasIndex() {
      return built !== undefined;
    },
    mayMention: (doc, to = doc.buffer.length) => (filter ??= makeFilter()).mayMention(doc.buffer, 0, to),
    analyze: (doc, facts) => runToEnd(analysisSteps(index(), doc, facts)),
    analysisSteps: (doc, facts) => analysisSteps(index(), doc, facts),
    firstLook: (doc, facts) => {
      const scanner = createHitScanner(index(), doc);
      scanner.step(Number.MAX_SAFE_INTEGER);
      return judgeFirstLook(index(), doc.buffer, scanner.hits, facts);
    },
    session: (doc) => createAnalysisSession(index(), doc),
    analyzeText: (text, options = {}) =>
      runToEnd(analysisSteps(index(), foldTextDocument(text, options), options.facts)),
  };
}

export { normalizeKey, normalizeWithMap } from './normalize';
export { FoldBuffer, BLOCK_BREAK } from './fold';
export { foldTextDocument, type TextDocumentOptions } from './text-document';
export { dateFromString, dateFromUrl } from './dates';
export type { FirstLook } from './first-look';
export { createAnchorFilter, encodeNeeds, neededWords, type AnchorFilter } from './anchors';
export { toIndexData, type MatchIndexData } from './index-data';
export { buildMatchIndex } from './match-index';
export type { AnalysisSession } from './analysis';
export * from './types';
