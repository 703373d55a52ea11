/**
 * The recognition engine's public API (DOM-free; the page adapter in `utils/page` feeds it).
 *
 *   const engine = createEngine(names);          // once per pack: builds the automaton
 *   const result = engine.analyzeText(text);     // verdict, score, reasons, mentions
 *
 * For a page, `utils/page` folds the DOM text into a `FoldedDocument` and calls `engine.analyze` or,
 * in slices, `engine.analysisSteps`.
 */
import type { NameRecord } from '../pack/schema';
import { analysisSteps, createAnalysisSession, runToEnd, type AnalysisSession } from './analysis';
import { createHitScanner } from './candidates';
import { judgeFirstLook, type FirstLook } from './first-look';
import { buildMatchIndex, type MatchIndex } from './match-index';
import { foldTextDocument, type TextDocumentOptions } from './text-document';
import type { Analysis, FoldedDocument, PageFacts } from './types';

export interface Engine {
  readonly index: MatchIndex;
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
  const index = buildMatchIndex(names);
  return {
    index,
    analyze: (doc, facts) => runToEnd(analysisSteps(index, doc, facts)),
    analysisSteps: (doc, facts) => analysisSteps(index, doc, facts),
    firstLook: (doc, facts) => {
      const scanner = createHitScanner(index, doc);
      scanner.step(Number.MAX_SAFE_INTEGER);
      return judgeFirstLook(index, doc.buffer, scanner.hits, facts);
    },
    session: (doc) => createAnalysisSession(index, doc),
    analyzeText: (text, options = {}) => runToEnd(analysisSteps(index, foldTextDocument(text, options), options.facts)),
  };
}

export { normalizeKey, normalizeWithMap } from './normalize';
export { FoldBuffer, BLOCK_BREAK } from './fold';
export { foldTextDocument, type TextDocumentOptions } from './text-document';
export { dateFromString, dateFromUrl } from './dates';
export type { FirstLook } from './first-look';
export type { AnalysisSession } from './analysis';
export * from './types';
