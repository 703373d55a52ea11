/**
 * The extension makes no network request of its own. The session loads every overlay and hostile
 * fixture (marks, hovers a card, so the background answers card requests from the pack), then reads
 * the browser's request log:
 * - Chromium: every request in the context, pages, frames and the extension's service worker alike
 *   (Playwright's context-wide `request` event); none may come from the service worker, and none may
 *   go anywhere but the fixture server and the routed news pages;
 * - Firefox: every request of the pages the session opened (content-script requests go through the
 *   page); the background's own requests are not visible over BiDi, so there the guard is the refused
 *   list and the page log.
 * And in both: nothing was refused (an outside address would have been).
 */
import { describe, expect, it } from 'vitest';
import { BROWSERS, useBrowser } from './harness/vitest-browsers';
import { hostileUrl, HOSTILE_PAGES, routeHostileFixtures } from './hostile-fixtures';
import { hoverMark, OVERLAY_PAGES, overlayUrl, pause, routeOverlayFixtures } from './overlay-fixtures';

// Playwright reports (and routes) the requests of service workers, the extension's background among
// them, only with this switch; it is read when the browser context is created (this file's worker only).
process.env.PW_EXPERIMENTAL_SERVICE_WORKER_NETWORK_EVENTS = '1';

describe.each(BROWSERS)('%s: network', (browserName) => {
  const session = useBrowser(browserName);

  it('the extension makes zero requests of its own on the overlay and hostile fixtures', async () => {
    routeOverlayFixtures(session());
    routeHostileFixtures(session());
    const static_ = await session().open(overlayUrl('static-article'));
    await hoverMark(static_, 'Sergei Ryabkov');
    // Each page is given time to be read and marked (what each page marks is the other suites' business).
    for (const url of [
      ...OVERLAY_PAGES.filter((name) => name !== 'static-article').map(overlayUrl),
      ...HOSTILE_PAGES.filter((name) => name !== 'big-text').map(hostileUrl),
    ]) {
      await session().open(url);
      await pause(1500);
    }
    const requests = session().requests();
    expect(requests.length).toBeGreaterThan(OVERLAY_PAGES.length + HOSTILE_PAGES.length);
    const fromWorker = requests.filter((request) => request.from.startsWith('service-worker'));
    const outside = requests.filter(
      (request) =>
        /^(https?|wss?):/.test(request.url) &&
        !request.url.startsWith('https://www.dw.com/') &&
        !/^http:\/\/127\.0\.0\.1:\d+\//.test(request.url),
    );
    expect(fromWorker.filter((request) => /^(https?|wss?):/.test(request.url))).toEqual([]);
    expect(outside).toEqual([]);
    // Firefox asks every site for its favicon itself; that is the browser, not the extension.
    expect(
      session()
        .refusedRequests()
        .filter((url) => !url.endsWith('/favicon.ico')),
    ).toEqual([]);
  });
});
