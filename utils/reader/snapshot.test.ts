// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { OWN_UI_ATTRIBUTE } from '../page/element-info';
import { snapshotPage } from './snapshot';

const PAGE = `<head><title>Talks in Geneva</title>
  <link rel="canonical" href="https://www.example-news.com/talks">
  <link rel="icon" href="https://www.example-news.com/favicon.ico">
  <style>body { color: red }</style>
  <script>window.tracked = true;</script>
  <script type="application/ld+json">{"datePublished":"2022-01-10"}</script></head>
  <body><article><h1>Talks in Geneva</h1><p>Sergei Ryabkov met Wendy Sherman.</p>
  <iframe srcdoc="frame"></iframe><video></video><noscript><img src="https://www.example-news.com/pixel.gif"></noscript>
  <backstory-ui ${OWN_UI_ATTRIBUTE}=""></backstory-ui>
  <svg><script>1</script></svg></article></body>`;
/** What the snapshot must leave out; the page has each of them (checked, so no test passes by accident). */
const UNREADABLE = `script:not([type="application/ld+json"]), style, link:not([rel=canonical]), iframe, video, noscript, svg, [${OWN_UI_ATTRIBUTE}]`;

describe('the page snapshot', () => {
  beforeEach(() => {
    document.documentElement.innerHTML = PAGE;
    document.documentElement.setAttribute('lang', 'en-GB');
  });

  it('copies the page’s readable markup, its address, title and language', () => {
    const snapshot = snapshotPage(document);
    expect(snapshot).toMatchObject({ url: document.URL, title: 'Talks in Geneva', lang: 'en-GB' });
    const copy = new DOMParser().parseFromString(snapshot.html, 'text/html');
    expect(copy.querySelector('article p')?.textContent).toBe('Sergei Ryabkov met Wendy Sherman.');
    expect(copy.querySelector('link[rel=canonical]')?.getAttribute('href')).toBe('https://www.example-news.com/talks');
    expect(copy.querySelector('script[type="application/ld+json"]')?.textContent).toContain('2022-01-10');
  });

  it('leaves out what is never read: scripts, styles, frames, media, SVG and Backstory’s own UI', () => {
    expect(document.querySelectorAll(UNREADABLE).length).toBeGreaterThanOrEqual(8);
    const copy = new DOMParser().parseFromString(snapshotPage(document).html, 'text/html');
    expect(copy.querySelectorAll(UNREADABLE)).toHaveLength(0);
  });

  it('does not change the page', () => {
    const before = new XMLSerializer().serializeToString(document);
    snapshotPage(document);
    expect(new XMLSerializer().serializeToString(document)).toBe(before);
  });

  it('still works as the source text alone, as `scripting.executeScript({ func })` sends it', () => {
    const revived = new Function(`return (${snapshotPage.toString()})`)() as typeof snapshotPage;
    expect(revived(document)).toEqual(snapshotPage(document));
  });
});
