/**
 * The overlay's fixture pages (`e2e/fixtures/overlay/`), served at a news site's addresses so the
 * extension runs on them under its production manifest, and the page helpers its tests share.
 */
import type { BrowserSession, TestPage } from './harness/types';
import { markCentre, readCard } from './harness/main-world';

const SITE = 'https://www.dw.com';
const ASSETS = [
  'article.css',
  'page-mutation.js',
  'rerender.js',
  'live-blog.js',
  'strict-csp.js',
  'own-popover.js',
  'shadow-article.js',
  'remover.js',
  'slow-ad.js',
];
export const OVERLAY_PAGES = [
  'static-article',
  'rerender-article',
  'live-blog',
  'strict-csp',
  'own-popover',
  'shadow-article',
  'remover',
  'unrelated-article',
  'later-story',
  'slow-body',
] as const;
export type OverlayPage = (typeof OVERLAY_PAGES)[number];

/** The news-site address a fixture is served at. */
export function overlayUrl(page: OverlayPage): string {
  return `${SITE}/en/overlay-fixtures/${page}/a-${OVERLAY_PAGES.indexOf(page) + 100}`;
}

export function routeOverlayFixtures(session: BrowserSession): void {
  for (const asset of ASSETS) session.route(`${SITE}/overlay/${asset}`, `overlay/${asset}`);
  for (const page of OVERLAY_PAGES) session.route(overlayUrl(page), `overlay/${page}.html`);
  session.route(`${SITE}/en/overlay-fixtures/nato-russia-council/a-2`, 'overlay/static-article.html');
}

/** The same fixture where the extension does not run (the fixture server itself). */
export function withoutExtensionUrl(session: BrowserSession, page: OverlayPage): string {
  return session.localUrl(`overlay/${page}.html`);
}

export const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Waits for a mark over `text` and returns its centre. */
export async function waitForMark(page: TestPage, text: string): Promise<{ x: number; y: number }> {
  await page.waitFor(markCentre, text, 15_000);
  const centre = await page.evaluate(markCentre, text);
  if (!centre) throw new Error(`no mark over “${text}”`);
  return centre;
}

/** Rests the mouse on the mark over `text` until its card is open; returns the card. */
export async function hoverMark(page: TestPage, text: string) {
  const { x, y } = await waitForMark(page, text);
  await page.mouseMove(x - 2, y);
  await page.mouseMove(x, y);
  await page.waitFor(() => {
    const host = document.querySelector('[data-backstory-ui]');
    const card = host?.shadowRoot?.querySelector('.card');
    return card?.matches(':popover-open') && card.getAttribute('data-state') === 'ready';
  });
  return page.evaluate(readCard);
}

/** Moves the mouse to a corner where nothing is marked. */
export async function moveAway(page: TestPage): Promise<void> {
  await page.mouseMove(2, 2);
}
