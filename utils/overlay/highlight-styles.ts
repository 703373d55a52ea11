/**
 * Brings the `::highlight()` rules for the reader's mark style (see `highlight-rules.ts`) to the
 * page's document with its first marks, without adding a node to it: they are adopted as a
 * constructed stylesheet (`document.adoptedStyleSheets`), which is not a node and is not subject to
 * a page's `style-src` (checked under `style-src 'self'` in Chromium and in Firefox, where the content
 * script's Xray view of the document accepts the assignment).
 *
 * Not the content script's manifest `css`, although the browser would inject that by itself: a
 * stylesheet added to every page of every listed site makes the browser restyle the whole document
 * (150–200 ms on a 1 MB page, measured with `npm run bench:browser`), and almost none of those pages
 * ever shows a mark. Adopted on demand, only a page that shows marks pays for their rules.
 */
import type { MarkStyle } from './highlight-names';
import { highlightRules } from './highlight-rules';

export interface HighlightRules {
  /** Makes `style`'s rules the adopted ones; nothing happens when they already are. */
  adopt(style: MarkStyle): void;
  /** Takes the rules back. */
  remove(): void;
}

/** `rulesFor` gives a style's stylesheet text (tests pass rules their DOM can parse). */
export function createHighlightRules(
  doc: Document,
  rulesFor: (style: MarkStyle) => string = highlightRules,
): HighlightRules {
  let adopted: { style: MarkStyle; sheet: CSSStyleSheet } | null = null;
  return {
    adopt(style) {
      if (adopted?.style === style) return;
      const view = doc.defaultView;
      if (!view || !('adoptedStyleSheets' in doc)) return;
      const sheet = new view.CSSStyleSheet();
      sheet.replaceSync(rulesFor(style));
      const previous = adopted?.sheet;
      // One assignment for both: the page restyles once, not once for each sheet.
      doc.adoptedStyleSheets = [...doc.adoptedStyleSheets.filter((other) => other !== previous), sheet];
      adopted = { style, sheet };
    },
    remove() {
      const sheet = adopted?.sheet;
      if (!sheet) return;
      doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((other) => other !== sheet);
      adopted = null;
    },
  };
}
