import { describe, expect, it } from 'vitest';
import { readCard } from './harness/main-world';
import { BROWSERS, useBrowser } from './harness/vitest-browsers';
import { overlayUrl, pause, routeOverlayFixtures, waitForMark } from './overlay-fixtures';

// Chromium gets a touch screen through Playwright's `hasTouch`; Firefox takes touch input over WebDriver BiDi as it is.
describe.each(BROWSERS)('%s: touch', (browserName) => {
  const session = useBrowser(browserName, { hasTouch: true });

  it('opens a card with a tap on a mark', async () => {
    routeOverlayFixtures(session());
    const page = await session().open(overlayUrl('static-article'));
    const { x, y } = await waitForMark(page, 'Sergei Ryabkov');
    await page.tap(x, y);
    await page.waitFor(() =>
      document
        .querySelector('[data-backstory-ui]')
        ?.shadowRoot?.querySelector('.card[data-state="ready"]:popover-open'),
    );
    expect((await page.evaluate(readCard)).title).toBe('Sergei Ryabkov');
  });

  it('shows the card on the first tap on a marked link, and follows the link on the second', async () => {
    routeOverlayFixtures(session());
    const start = overlayUrl('static-article');
    const page = await session().open(start);
    const { x, y } = await waitForMark(page, 'NATO-Russia Council');
    await page.tap(x, y);
    await page.waitFor(() =>
      document
        .querySelector('[data-backstory-ui]')
        ?.shadowRoot?.querySelector('.card[data-state="ready"]:popover-open'),
    );
    expect((await page.evaluate(readCard)).title).toMatch(/NATO-Russia Council/);
    await pause(300);
    expect(page.url()).toBe(start);

    await page.tap(x, y);
    await page.waitFor(() => location.pathname.includes('/nato-russia-council/'));
    expect(page.url()).toContain('/nato-russia-council/');
  });
});
