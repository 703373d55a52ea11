/**
 * A copy of a page for the annotated reader: its markup, address, title and language, taken without
 * touching the page. The page's DOM is cloned into a document that has no window (nothing in it
 * runs, loads or upgrades), trimmed of what can never be read (scripts, styles, embeds, Backstory's
 * own UI), and serialised.
 *
 * `snapshotPage` must stay self-contained (no imports, no module-level helpers): where the content
 * script is not running, the background passes it to `scripting.executeScript({ func })`, which sends
 * the function's source text alone into the page.
 */

export interface PageSnapshot {
  /** The page's markup (serialised from the trimmed copy). */
  html: string;
  url: string;
  title: string;
  /** `<html lang>`, or '' when the page does not say. */
  lang: string;
}

export function snapshotPage(doc: Document = document): PageSnapshot {
  // What a reader never reads. JSON-LD and the canonical link stay: they date the page. The last
  // selector is Backstory's own UI host (`OWN_UI_ATTRIBUTE`; a test checks they agree).
  const UNREADABLE =
    'script:not([type="application/ld+json"]), style, link:not([rel~="canonical"]), noscript, template, iframe, ' +
    'frame, object, embed, canvas, video, audio, svg, math, [data-backstory-ui]';
  const copy = doc.implementation.createHTMLDocument('');
  const root = copy.importNode(doc.documentElement, true);
  copy.documentElement.remove();
  copy.append(root);
  for (const element of Array.from(root.querySelectorAll(UNREADABLE))) element.remove();
  return {
    html: new XMLSerializer().serializeToString(copy),
    url: doc.URL,
    title: doc.title,
    lang: doc.documentElement.getAttribute('lang') ?? '',
  };
}
