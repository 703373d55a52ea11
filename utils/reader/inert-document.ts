/**
 * A snapshot's markup as an inert document: parsed by `DOMParser`, so it has no window. Nothing in
 * it runs (scripts, handlers), nothing loads (images, frames, styles), nothing is upgraded (custom
 * elements). Its relative addresses resolve against the original page, not against the reader.
 */
import type { PageSnapshot } from './snapshot';
import { safeHttpUrl } from './safe-url';

export function parseSnapshot(snapshot: PageSnapshot, parser: DOMParser = new DOMParser()): Document {
  const doc = parser.parseFromString(snapshot.html, 'text/html');
  const pageUrl = safeHttpUrl(snapshot.url, '') ?? '';
  if (!pageUrl) return doc;
  // The page's own <base>, if it had one, resolved against the page (not against the reader page).
  const declared = doc.querySelector('base[href]');
  const base = safeHttpUrl(declared?.getAttribute('href'), pageUrl) ?? pageUrl;
  for (const element of Array.from(doc.querySelectorAll('base'))) element.remove();
  const baseElement = doc.createElement('base');
  baseElement.setAttribute('href', base);
  doc.head.prepend(baseElement);
  // The page adapter dates a page by its address; in this document `document.URL` is the reader's.
  if (!doc.querySelector('link[rel~="canonical"][href]')) {
    const canonical = doc.createElement('link');
    canonical.setAttribute('rel', 'canonical');
    canonical.setAttribute('href', pageUrl);
    doc.head.append(canonical);
  }
  if (!doc.documentElement.getAttribute('lang') && snapshot.lang)
    doc.documentElement.setAttribute('lang', snapshot.lang);
  return doc;
}
