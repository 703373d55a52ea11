/**
 * The cheap first look on its own, for the content script's first stage (see
 * `utils/content/start-scout.ts`): the title, the description and the first stretch of the page's
 * text, folded as the full analysis folds them, and a prefilter asked whether any name of the pack
 * could be there. It is the same look the full analysis starts with (`analyzeDocumentSteps`), so a
 * page it rules out is one that analysis would stop on too; it reads the DOM and writes nothing.
 */
import type { FoldedDocument } from '../engine/types';
import { PageCollector } from './collect';
import { readMetadata, titleText } from './metadata';
import { yieldToPage } from './yield';

/** Nodes (elements and text) walked per step: a few milliseconds of work even on a slow machine. */
export const NODES_PER_STEP = 500;
/** The first look reads this much page text (after the title and description) before deciding. */
export const FIRST_LOOK_CHARS = 12_000;
/** The reason given for a page whose top holds none of the words a name needs. */
export const NO_NAMES_AT_TOP = 'no names from the talks at the top of the page';
/** Work at most about this long before letting the page run (a top made of many empty nodes). */
const SLICE_MS = 8;

/** The prefilter: whether a folded text may name something of the pack. */
export type MayMention = (folded: FoldedDocument) => boolean;

/** A collector not stepped yet holds the title zone alone: the title and the description. */
const titleMayMention = (collector: PageCollector, mayMention: MayMention) =>
  collector.folded.buffer.length > 0 && mayMention(collector.folded);

/**
 * Whether the title and the description may name something. It reads the head only, so it can
 * answer while the body is still being parsed.
 */
export function headMayMention(document: Document, mayMention: MayMention): boolean {
  const collector = new PageCollector(document, { metaText: titleText(readMetadata(document)) });
  try {
    return titleMayMention(collector, mayMention);
  } finally {
    collector.release();
  }
}

/** Whether the top of the page (the head and the first stretch of text) may name something. */
export async function topOfPageMayMention(document: Document, mayMention: MayMention): Promise<boolean> {
  const collector = new PageCollector(document, { metaText: titleText(readMetadata(document)) });
  try {
    // More text only adds words: a title that may name something settles it.
    if (titleMayMention(collector, mayMention)) return true;
    let sliceStart = performance.now();
    while (!collector.step(NODES_PER_STEP, FIRST_LOOK_CHARS) && collector.length < FIRST_LOOK_CHARS) {
      if (performance.now() - sliceStart < SLICE_MS) continue;
      await yieldToPage();
      sliceStart = performance.now();
    }
    return mayMention(collector.folded);
  } finally {
    collector.release();
  }
}
