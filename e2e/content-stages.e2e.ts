/**
 * The content script's two stages (utils/content/full-script.ts): a page about something else gets
 * the small first stage only; a page whose top names someone loads the second stage from the
 * extension, and only then is marked. Read from Chromium's request log, which has every request of
 * the context (Playwright's context-wide `request` event) and so the content script's import; the
 * Firefox harness sees a page's requests over BiDi, and an extension file a content script imports
 * is not among them (it showed none where the page was marked), so there is no log to read there.
 *
 * Where the head already names someone, the second stage is fetched while the body is still being
 * parsed: `slow-body` stops its parser at an ad tag that takes 1.5 s to arrive. The card's UI is a
 * third file, fetched only once the reader reaches for a card.
 */
import { describe, expect, it } from 'vitest';
import { useBrowser } from './harness/vitest-browsers';
import { hoverMark, overlayUrl, pause, routeOverlayFixtures, waitForMark } from './overlay-fixtures';

const SECOND_STAGE = /^(chrome|moz)-extension:\/\/[^/]+\/content-full\.js$/;
const CARD_UI = /^(chrome|moz)-extension:\/\/[^/]+\/content-card\.js$/;
const SLOW_AD = /\/overlay\/slow-ad\.js$/;
/** As `slow-ad.js.headers.json` has it. */
const SLOW_AD_DELAY_MS = 1500;

describe('chromium: the content script in two stages', () => {
  const session = useBrowser('chromium');
  const secondStageLoads = () =>
    session()
      .requests()
      .filter((request) => SECOND_STAGE.test(request.url)).length;

  it('loads the second stage on a page about the talks only, not on one about something else', async () => {
    routeOverlayFixtures(session());
    const before = secondStageLoads();
    await session().open(overlayUrl('unrelated-article'));
    await pause(1500);
    expect(secondStageLoads()).toBe(before);

    const page = await session().open(overlayUrl('static-article'));
    await waitForMark(page, 'Sergei Ryabkov');
    // Chromium logs the one import twice: at the per-session address and at the extension's own.
    expect(secondStageLoads()).toBeGreaterThan(before);
  });

  it('fetches the second stage before the body is parsed where the head names someone', async () => {
    routeOverlayFixtures(session());
    const since = session().requests().length;
    const page = await session().open(overlayUrl('slow-body'));
    // The headline's mention is the one marked.
    await waitForMark(page, 'Ryabkov');
    const requests = session().requests().slice(since);
    const slowAd = requests.find((request) => SLOW_AD.test(request.url));
    const secondStage = requests.find((request) => SECOND_STAGE.test(request.url));
    expect(slowAd).toBeDefined();
    expect(secondStage).toBeDefined();
    // The body cannot be parsed before the ad tag arrives; the second stage was asked for long before.
    expect(secondStage!.at).toBeLessThan(slowAd!.at + SLOW_AD_DELAY_MS / 2);
    // The ad tag ran in its place, before the parser reached the article.
    expect(await page.evaluate(() => (window as { slowAdSawArticle?: boolean }).slowAdSawArticle)).toBe(false);
  });

  it('marks the page without the card’s UI, and fetches it when the reader first reaches for a card', async () => {
    routeOverlayFixtures(session());
    const since = session().requests().length;
    const cardUiLoads = () =>
      session()
        .requests()
        .slice(since)
        .filter((request) => CARD_UI.test(request.url)).length;
    const page = await session().open(overlayUrl('static-article'));
    await waitForMark(page, 'Sergei Ryabkov');
    await pause(500);
    expect(cardUiLoads()).toBe(0);
    const card = await hoverMark(page, 'Sergei Ryabkov');
    expect(card.title).toContain('Ryabkov');
    expect(cardUiLoads()).toBeGreaterThan(0);
  });
});
