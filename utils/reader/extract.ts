/**
 * The article in an inert document, found by Readability and rebuilt as the reader's model; or why
 * there is none. Readability changes the document it reads, so read everything else first.
 */
import { Readability, isProbablyReaderable } from '@mozilla/readability';
import { blockText, type Article } from './article-model';
import { buildBlocks } from './build-article';

export type ExtractFailure = 'not-an-article' | 'no-text' | 'unreadable';

export type Extraction = { ok: true; article: Article } | { ok: false; reason: ExtractFailure };

/** An article shorter than this is not worth a reader page (a teaser, a gallery, a paywall stub). */
export const MIN_ARTICLE_CHARS = 250;
/** Text a page Readability doubts must have to be shown anyway. */
const DOUBTFUL_MIN_CHARS = 1200;

export function extractArticle(doc: Document, pageUrl: string, pageLang: string): Extraction {
  let parsed: ReturnType<Readability<Node>['parse']>;
  let readerable: boolean;
  try {
    readerable = isProbablyReaderable(doc);
    parsed = new Readability<Node>(doc, { serializer: (node) => node }).parse();
  } catch {
    return { ok: false, reason: 'unreadable' };
  }
  const content = parsed?.content;
  if (!parsed || !content || content.nodeType !== 1) return { ok: false, reason: 'not-an-article' };

  const title = clean(parsed.title) ?? clean(doc.title) ?? '';
  const blocks = buildBlocks(content as Element, doc.baseURI || pageUrl);
  // Readability usually drops a heading that repeats the headline; when it keeps one, the reader does not.
  const first = blocks[0];
  if (first?.kind === 'heading' && sameText(blockText(first), title)) blocks.shift();

  const textLength = blocks.reduce((sum, block) => sum + (block.kind === 'image' ? 0 : blockText(block).length), 0);
  if (textLength === 0) return { ok: false, reason: 'no-text' };
  if (textLength < MIN_ARTICLE_CHARS || (!readerable && textLength < DOUBTFUL_MIN_CHARS)) {
    return { ok: false, reason: 'not-an-article' };
  }
  return {
    ok: true,
    article: {
      title,
      byline: clean(parsed.byline),
      siteName: clean(parsed.siteName),
      published: clean(parsed.publishedTime),
      url: pageUrl,
      lang: clean(parsed.lang) ?? pageLang,
      dir: parsed.dir === 'rtl' || parsed.dir === 'ltr' ? parsed.dir : null,
      blocks,
    },
  };
}

function clean(value: string | null | undefined): string | null {
  const text = (value ?? '').replace(/\s+/g, ' ').trim();
  return text === '' ? null : text.slice(0, 500);
}

function sameText(a: string, b: string): boolean {
  const fold = (text: string) => text.toLowerCase().replace(/\s+/g, ' ').trim();
  return fold(a) === fold(b);
}
