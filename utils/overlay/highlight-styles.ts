/**
 * Makes sure the `::highlight()` rules reach the page's document without adding a node to it.
 *
 * Normally they already have: `highlights.css` is the content script's manifest `css`, which the
 * browser injects itself (no DOM node, and a page's Content-Security-Policy does not apply to it).
 * A content script that arrives another way (registered for a site the reader added, or run once
 * through `scripting.executeScript`) has no manifest `css`; then the same rules are adopted as a
 * constructed stylesheet on the document (`document.adoptedStyleSheets`): not a node either, and
 * constructed sheets are not subject to `style-src` (checked under `style-src 'self'` in Chromium
 * and in Firefox, where the content script's Xray view of the document accepts the assignment).
 *
 * The sentinel rule in the sheet tells the two cases apart: if it styles `::highlight(backstory-sentinel)`,
 * the rules are in.
 */
import { SENTINEL_HIGHLIGHT } from './highlight-names';

const SENTINEL_COLOUR = 'rgb(1, 2, 3)';

export function highlightRulesPresent(doc: Document): boolean {
  const view = doc.defaultView;
  if (!view) return false;
  return view.getComputedStyle(doc.documentElement, `::highlight(${SENTINEL_HIGHLIGHT})`).color === SENTINEL_COLOUR;
}

/** Adopts `cssText` on the document when the manifest's copy is missing; returns how to take it back. */
export function ensureHighlightRules(doc: Document, cssText: string): () => void {
  if (highlightRulesPresent(doc) || !doc.defaultView || !('adoptedStyleSheets' in doc)) return () => undefined;
  const sheet = new doc.defaultView.CSSStyleSheet();
  sheet.replaceSync(cssText);
  doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
  return () => {
    doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((adopted) => adopted !== sheet);
  };
}
