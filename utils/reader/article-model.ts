/**
 * The reader's own article model: what is left of a page once it is nothing but text. Blocks of
 * text (headings, paragraphs, quotes, list items, preformatted text, images with their captions) made
 * of inline runs (plain, emphasised or strong text, and links). There is no markup in it: the reader
 * renders it through Preact as text, so nothing from the page can run, and nothing loads unless the
 * reader asks (an image is its alt text and an address until "show image").
 */

export type InlineStyle = 'plain' | 'emphasis' | 'strong';

export type Inline =
  | { kind: 'text'; text: string; style: InlineStyle }
  /** `href` is always an absolute http(s) address (see `safe-url.ts`). */
  | { kind: 'link'; text: string; style: InlineStyle; href: string };

export type Block =
  | { kind: 'heading'; level: 2 | 3 | 4; inlines: Inline[] }
  | { kind: 'paragraph'; inlines: Inline[] }
  | { kind: 'quote'; inlines: Inline[] }
  | { kind: 'list-item'; ordered: boolean; inlines: Inline[] }
  | { kind: 'preformatted'; inlines: Inline[] }
  /** An image as a placeholder: its alt text, and its http(s) address (null when it had none). `inlines` is its caption. */
  | { kind: 'image'; alt: string; src: string | null; inlines: Inline[] };

export interface Article {
  /** The headline. */
  title: string;
  byline: string | null;
  siteName: string | null;
  /** As the page gives it (an ISO date-time, usually); null when it does not. */
  published: string | null;
  /** The original page's address. */
  url: string;
  /** BCP 47 tag of the article's language, '' when unknown. */
  lang: string;
  dir: 'ltr' | 'rtl' | null;
  blocks: Block[];
}

/** The text a block shows, in the order it shows it (a caption for an image). */
export function blockText(block: Block): string {
  return block.inlines.map((inline) => inline.text).join('');
}
