import { describe, expect, it } from 'vitest';
import { readCard, readMarks } from './harness/main-world';
import type { TestPage } from './harness/types';
import { BROWSERS, useBrowser } from './harness/vitest-browsers';
import { hoverMark, overlayUrl, routeOverlayFixtures, waitForMark } from './overlay-fixtures';

const reported = (popup: TestPage) =>
  popup.waitFor(() => document.querySelector('.found__entry[data-entry=sergei-ryabkov]') !== null, undefined, 15_000);
const judgedUnrelated = (popup: TestPage) =>
  popup.waitFor(
    () => document.querySelector('.popup__verdict')?.getAttribute('data-verdict') === 'unrelated',
    undefined,
    15_000,
  );
const clickButton = (page: TestPage, text: string) =>
  page.evaluate((label) => {
    const button = [...document.querySelectorAll('button')].find((b) => b.textContent?.trim() === label);
    if (!button) throw new Error(`no button “${label}”`);
    button.click();
  }, text);
const markTexts = async (page: TestPage) => (await page.evaluate(readMarks)).map((mark) => mark.text);

describe.each(BROWSERS)('%s: the popup and the page together', (browserName) => {
  const session = useBrowser(browserName);

  it('gives the verdict and the entries found, and shows an entry on the page with its card', async () => {
    routeOverlayFixtures(session());
    const page = await session().open(overlayUrl('static-article'));
    await waitForMark(page, 'Sergei Ryabkov');
    const popup = await session().openPopupFor(page);
    await reported(popup);
    expect(await popup.evaluate(() => document.querySelector('.popup__verdict')?.getAttribute('data-verdict'))).toBe(
      'about',
    );
    const kinds = await popup.evaluate(() => [...document.querySelectorAll('.found__kind')].map((h) => h.textContent));
    expect(kinds).toEqual(expect.arrayContaining(['People', 'Organisations']));

    await popup.evaluate(() =>
      document.querySelector<HTMLButtonElement>('.found__entry[data-entry=wendy-sherman]')!.click(),
    );
    await popup.waitFor(() => document.querySelector('[data-action=show-on-page]') !== null);
    await popup.evaluate(() => document.querySelector<HTMLButtonElement>('[data-action=show-on-page]')!.click());
    // The real popup floats over the page; opened as a tab here, it hides it until the page comes forward.
    await page.bringToFront();
    await page.waitFor(
      () => !!document.querySelector('[data-backstory-ui]')?.shadowRoot?.querySelector('.card:popover-open'),
    );
    const card = await page.evaluate(readCard);
    expect(card.title).toBe('Wendy Sherman');
    expect(card.text).toContain('Deputy Secretary of State');
  });

  it('on a page about something else, says so: the page keeps its verdict until the popup asks', async () => {
    routeOverlayFixtures(session());
    const page = await session().open(overlayUrl('unrelated-article'));
    const popup = await session().openPopupFor(page);
    await judgedUnrelated(popup);
    expect(await popup.evaluate(() => document.querySelectorAll('.found__entry').length)).toBe(0);
  });

  it("on a story that names the talks' people at the top but is from another year, reads it in full and leaves its styles alone", async () => {
    routeOverlayFixtures(session());
    const page = await session().open(overlayUrl('later-story'));
    const popup = await session().openPopupFor(page);
    await judgedUnrelated(popup);
    const reasons = await popup.evaluate(() => document.querySelector('.popup__reasons')?.textContent ?? '');
    expect(reasons).toContain('Ryabkov');
    expect(reasons).toContain('2023');
    // The highlight rules come with marks: a page read in full and found unrelated is never restyled for them.
    expect(await page.evaluate(() => document.adoptedStyleSheets.length)).toBe(0);
  });

  it('switching the site off removes the marks, and on again brings them back', async () => {
    routeOverlayFixtures(session());
    const page = await session().open(overlayUrl('static-article'));
    await waitForMark(page, 'Sergei Ryabkov');
    const popup = await session().openPopupFor(page);
    await reported(popup);
    await popup.evaluate(() => document.querySelector<HTMLInputElement>('.controls input[type=checkbox]')!.click());
    await page.waitFor(
      () => CSS.highlights.size === 0 || [...CSS.highlights.keys()].every((k) => !k.startsWith('backstory-')),
    );
    expect(await markTexts(page)).toEqual([]);

    await popup.waitFor(() => document.querySelector('.popup__status')?.getAttribute('data-status') === 'site-off');
    await popup.evaluate(() => document.querySelector<HTMLInputElement>('.controls input[type=checkbox]')!.click());
    await waitForMark(page, 'Sergei Ryabkov');
    expect(await markTexts(page)).toContain('Sergei Ryabkov');
  });

  it('lists an entry muted on the page, and marks it again when unmuted from the popup', async () => {
    routeOverlayFixtures(session());
    const page = await session().open(overlayUrl('static-article'));
    await hoverMark(page, 'Sergei Ryabkov');
    await page.evaluate(() => {
      const card = document.querySelector('[data-backstory-ui]')!.shadowRoot!.querySelector('.card')!;
      [...card.querySelectorAll('button')].find((button) => button.textContent === 'Don’t mark this here')!.click();
    });
    await expectEventually(async () => !(await markTexts(page)).includes('Sergei Ryabkov'));

    const popup = await session().openPopupFor(page);
    await popup.waitFor(() => document.querySelector('.controls__muted') !== null, undefined, 15_000);
    expect(await popup.evaluate(() => document.querySelector('.controls__muted')?.textContent)).toContain(
      'Sergei Ryabkov',
    );
    await popup.evaluate(() =>
      document.querySelector<HTMLDetailsElement>('.controls__muted')!.setAttribute('open', ''),
    );
    await clickButton(popup, 'Mark again');
    await waitForMark(page, 'Sergei Ryabkov');
  });
});

async function expectEventually(check: () => Promise<boolean>, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error('condition not met in time');
}
