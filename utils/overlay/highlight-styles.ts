/**
 * Brings the `::highlight()` rules to the page's document once a page may be marked (the content
 * script asks when it reads a page in full and the settings let the site be marked), without adding
 * a node to it: they are adopted as a constructed stylesheet
 * (`document.adoptedStyleSheets`), which is not a node and is not subject to a page's `style-src`
 * (checked under `style-src 'self'` in Chromium and in Firefox, where the content script's Xray view
 * of the document accepts the assignment).
 *
 * Not the content script's manifest `css`, although the browser would inject that by itself: a
 * stylesheet added to every page of every listed site makes the browser restyle the whole document
 * (150–200 ms on a 1 MB page, measured with `npm run bench:browser`), and almost none of those pages
 * ever shows a mark. Adopted on demand, only a page that may be marked pays for their rules.
 */
import highlightCss from '@/assets/styles/highlights.css?inline';

/** Adopts the highlight rules on `doc`; returns how to take them back. */
export function adoptHighlightRules(doc: Document, cssText: string = highlightCss): () => void {
  const view = doc.defaultView;
  if (!view || !('adoptedStyleSheets' in doc)) return () => undefined;
  const sheet = new view.CSSStyleSheet();
  sheet.replaceSync(cssText);
  doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
  return () => {
    doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((adopted) => adopted !== sheet);
  };
}

/** `adoptHighlightRules` for callers that may ask more than once: the rules arrive on the first call only. */
export function highlightRulesOnce(doc: Document, onAdopted: (takeBack: () => void) => void): () => void {
  let adopted = false;
  return () => {
    if (adopted) return;
    adopted = true;
    onAdopted(adoptHighlightRules(doc));
  };
}
