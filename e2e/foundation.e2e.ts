import { describe, expect, it } from 'vitest';
import { BROWSERS, useBrowser } from './harness/vitest-browsers';
import type { TestPage } from './harness/types';

const ARTICLE = 'https://www.dw.com/en/us-and-russia-open-security-talks-in-geneva/a-60370000';
const statusText = (popup: TestPage) =>
  popup.evaluate(() => document.querySelector('.popup__status')?.textContent ?? '');

describe.each(BROWSERS)('%s: the built extension', (browserName) => {
  const session = useBrowser(browserName);

  it('runs its content script on a news page and the background reports it to the popup', async () => {
    session().route(ARTICLE, 'pages/geneva-talks-en.html');
    const article = await session().open(ARTICLE);
    const popup = await session().openPopupFor(article);
    // The popup follows the background's news about the tab, so it updates itself once the page reports.
    await popup.waitFor(
      () => document.querySelector('.popup__status')?.textContent?.includes('Backstory is active on this page.'),
      undefined,
      20_000,
    );
    const status = await statusText(popup);
    expect(status).toContain('Backstory is active on this page.');
    expect(await popup.evaluate(() => document.querySelector('h1')?.textContent)).toBe('Backstory');
  });

  it('does not run on a site it does not know, and the popup says so', async () => {
    const page = await session().open(session().localUrl('pages/not-a-news-site.html'));
    const popup = await session().openPopupFor(page);
    await popup.waitFor(() => document.querySelector('.popup__status')?.getAttribute('data-status') !== 'loading');
    expect(await statusText(popup)).toContain('Backstory is not running on this page.');
  });

  it('opens the options page, and switching Backstory off there reaches the popup', async () => {
    const options = await session().openOptions();
    await options.waitFor(() => document.querySelector('input[type=checkbox]:not([disabled])') !== null);
    expect(await options.evaluate(() => document.querySelector('h1')?.textContent)).toBe('Backstory settings');
    await options.evaluate(() => (document.querySelector('input[type=checkbox]') as HTMLInputElement).click());
    await options.waitFor(() => document.querySelector('.options__status')?.textContent === 'Saved.');

    const article = await session().open(ARTICLE);
    const popup = await session().openPopupFor(article);
    await popup.waitFor(() => document.querySelector('.popup__status')?.getAttribute('data-status') === 'disabled');
    expect(await statusText(popup)).toContain('Backstory is switched off.');

    const optionsAgain = await session().openOptions();
    await optionsAgain.waitFor(() => document.querySelector('input[type=checkbox]:not([disabled])') !== null);
    await optionsAgain.evaluate(() => (document.querySelector('input[type=checkbox]') as HTMLInputElement).click());
    await optionsAgain.waitFor(() => document.querySelector('.options__status')?.textContent === 'Saved.');
  });
});
