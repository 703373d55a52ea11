import { describe, expect, it } from 'vitest';
import { BROWSERS, useBrowser } from './harness/vitest-browsers';
import type { TestPage } from './harness/types';

const ARTICLE = 'https://www.dw.com/en/us-and-russia-open-security-talks-in-geneva/a-60370001';
const loaded = (popup: TestPage) =>
  popup.waitFor(() => document.querySelector('.popup__status')?.getAttribute('data-status') !== 'loading');
const chooseTab = (popup: TestPage, index: number) =>
  popup.evaluate((i) => (document.querySelectorAll('[role=tab]')[i] as HTMLButtonElement).click(), index);

describe.each(BROWSERS)('%s: the toolbar popup', (browserName) => {
  const session = useBrowser(browserName);

  it('shows the episode’s timeline from the pack, in date order', async () => {
    session().route(ARTICLE, 'pages/geneva-talks-en.html');
    const popup = await session().openPopupFor(await session().open(ARTICLE));
    await loaded(popup);
    await chooseTab(popup, 1);
    const dates = await popup.evaluate(() =>
      [...document.querySelectorAll('.timeline__date')].map((node) => node.getAttribute('datetime') ?? ''),
    );
    expect(dates.length).toBeGreaterThanOrEqual(25);
    expect(dates).toEqual([...dates].sort());
    expect(dates[0]!.startsWith('1987')).toBe(true);
    expect(dates).toContain('2022-01-10');
  });

  it('finds Ryabkov’s card when searched for in Cyrillic, and opens it', async () => {
    const popup = await session().openPopupFor(await session().open(ARTICLE));
    await loaded(popup);
    await chooseTab(popup, 2);
    await popup.evaluate(() => {
      const input = document.querySelector<HTMLInputElement>('.search__input')!;
      input.value = 'Рябков';
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await popup.waitFor(() => document.querySelector('.search__hit') !== null);
    expect(await popup.evaluate(() => document.querySelector('.search__hit')?.getAttribute('data-entry'))).toBe(
      'sergei-ryabkov',
    );
    await popup.evaluate(() => document.querySelector<HTMLButtonElement>('.search__hit')!.click());
    await popup.waitFor(() => document.querySelector('#detail-title') !== null);
    const detail = await popup.evaluate(() => document.querySelector('.detail')?.textContent ?? '');
    expect(detail).toContain('Ryabkov');
    expect(detail).toMatch(/Deputy (Foreign Minister|Minister of Foreign Affairs)/);
  });

  it('switches Backstory off for the site and on again', async () => {
    const page = await session().open(ARTICLE);
    const popup = await session().openPopupFor(page);
    await popup.waitFor(() => document.querySelector('.controls input[type=checkbox]') !== null);
    await popup.evaluate(() => document.querySelector<HTMLInputElement>('.controls input[type=checkbox]')!.click());
    await popup.waitFor(() => document.querySelector('.popup__status')?.getAttribute('data-status') === 'site-off');
    expect(await popup.evaluate(() => document.querySelector('.popup__status')?.textContent)).toContain(
      'Backstory is off on this site.',
    );
    await popup.evaluate(() => document.querySelector<HTMLInputElement>('.controls input[type=checkbox]')!.click());
    await popup.waitFor(() => document.querySelector('.popup__status')?.getAttribute('data-status') !== 'site-off');
  });
});

describe.each(BROWSERS)('%s: the popup opened from a card', (browserName) => {
  const session = useBrowser(browserName);

  it('shows the timeline with the card’s entry picked out', async () => {
    session().route(ARTICLE, 'pages/geneva-talks-en.html');
    const page = await session().open(ARTICLE);
    const popup = await session().openPopupFor(page, '?entry=nato-russia-founding-act-1997#timeline');
    await popup.waitFor(() => document.querySelector('.timeline__event[data-focus=true]') !== null);
    expect(await popup.evaluate(() => document.querySelector('[role=tab][aria-selected=true]')?.textContent)).toBe(
      'Timeline',
    );
    const focused = await popup.evaluate(() =>
      [...document.querySelectorAll('.timeline__event[data-focus=true] time')].map((t) => t.getAttribute('datetime')),
    );
    expect(focused).toContain('1997-05-27');
  });
});
