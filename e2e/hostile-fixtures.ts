/**
 * The hostile pages (`e2e/fixtures/hostile/`), served at a news site's addresses, and what their tests
 * share: the page's own self-test, and the errors that came from the extension.
 */
import { expect } from 'vitest';
import type { BrowserSession, TestPage } from './harness/types';

const SITE = 'https://www.dw.com';
export const HOSTILE_PAGES = ['overrides', 'hydrating', 'editor', 'frames', 'big-text', 'push-state'] as const;
export type HostilePage = (typeof HOSTILE_PAGES)[number];

export const hostileUrl = (page: HostilePage) => `${SITE}/en/hostile/${page}/a-${HOSTILE_PAGES.indexOf(page) + 600}`;

export function routeHostileFixtures(session: BrowserSession): void {
  session.route(`${SITE}/hostile/article.js`, 'hostile/article.js');
  for (const page of HOSTILE_PAGES) {
    session.route(hostileUrl(page), `hostile/${page}.html`);
    session.route(`${SITE}/hostile/${page}.js`, `hostile/${page}.js`);
  }
  for (let i = 0; i < 50; i++) session.route(`${SITE}/en/hostile-embeds/embed-${i}`, 'hostile/frame.html');
}

/** Runs in the page: the fixture's own checks. */
export const selfTest = () =>
  (window as unknown as { pageSelfTest: () => { pass: boolean; failures: string[] } }).pageSelfTest();

/** Errors in `page` that came from the extension (its scripts' URLs, or its name). */
export function extensionErrors(page: TestPage): string[] {
  return page.errors().filter((error) => /chrome-extension:|moz-extension:|backstory/i.test(error));
}

export async function expectHealthy(page: TestPage): Promise<void> {
  expect(await page.evaluate(selfTest)).toEqual({ pass: true, failures: [] });
  expect(extensionErrors(page)).toEqual([]);
}

/** Runs in the page: Backstory's marks whose range starts inside `selector`. */
export function marksInside(selector: string): string[] {
  const container = document.querySelector(selector);
  const found: string[] = [];
  CSS.highlights.forEach((highlight, name) => {
    if (!name.startsWith('backstory-') || name === 'backstory-focus') return;
    highlight.forEach((range) => {
      const node = (range as Range).startContainer;
      const element = node.nodeType === 1 ? (node as Element) : node.parentElement;
      if (container && element && element.closest(selector) === container) found.push((range as Range).toString());
    });
  });
  return found;
}
