/**
 * The engine over the article model's text: the headline and each block become one paragraph of a
 * plain-text document, and each mention found there is mapped back to its block and to offsets in
 * the block's text, where the reader draws its marks.
 */
import type { Engine } from '../engine/index';
import { META_BASE, type PageFacts, type Verdict, type Why } from '../engine/types';
import { nodeIndexAt } from '../page/offsets';
import { blockText, type Article } from './article-model';

/** `block` -1 is the headline. */
export interface ReaderMention {
  /** Position in document order; also the mark's id. */
  index: number;
  entryId: string;
  block: number;
  /** Offsets in the block's text, end exclusive; a phrase with a gap has more than one span. */
  spans: Array<[number, number]>;
  surface: string;
  why: Why;
}

export interface ArticleAnnotation {
  verdict: Verdict;
  mentions: ReaderMention[];
}

export const HEADLINE_BLOCK = -1;

/** The text the engine reads for one block: line breaks of preformatted text become spaces (same length). */
const engineText = (text: string) => text.replace(/[\r\n]/g, ' ');

export function annotateArticle(
  article: Article,
  engine: Engine,
  options: { pageTitle?: string; facts?: PageFacts } = {},
): ArticleAnnotation {
  const parts = [article.title, ...article.blocks.map(blockText)].map(engineText);
  const starts: number[] = [];
  let offset = 0;
  for (const part of parts) {
    starts.push(offset);
    offset += part.length + 2;
  }
  const text = parts.join('\n\n');
  const analysis = engine.analyzeText(text, {
    firstBlockIsHeadline: true,
    lineBreaks: 'space',
    ...(options.pageTitle ? { title: options.pageTitle } : {}),
    ...(options.facts ? { facts: options.facts } : {}),
  });
  const mentions: ReaderMention[] = [];
  for (const mention of analysis.mentions) {
    if (mention.start >= META_BASE) continue;
    const part = nodeIndexAt(starts, mention.start); // the last part starting at or before the mention
    const base = starts[part]!;
    mentions.push({
      index: mentions.length,
      entryId: mention.entryId,
      block: part - 1,
      spans: (mention.parts ?? [[mention.start, mention.end]]).map(([start, end]) => [start - base, end - base]),
      surface: text.slice(mention.start, mention.end),
      why: mention.why,
    });
  }
  return { verdict: analysis.verdict, mentions };
}
