import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './harness/session';
import { useBrowser } from './harness/vitest-browsers';

const ARTICLE = 'https://www.dw.com/en/us-and-russia-open-security-talks-in-geneva/a-60370002';

/** The README's pictures of the popup, taken from the built extension on a fixture article. */
describe.each(['light', 'dark'] as const)('chromium: the popup in %s mode', (colorScheme) => {
  const session = useBrowser('chromium', { colorScheme });

  it('shows the verdict and the entries found, and is photographed for the README', async () => {
    session().route(ARTICLE, 'pages/geneva-talks-en.html');
    const page = await session().open(ARTICLE);
    const popup = await session().openPopupFor(page);
    await popup.resize(380, 560);
    // The report grows as the page is read; the picture is taken once the whole article is in.
    await popup.waitFor(
      () => document.querySelector('.found__entry[data-entry=nato-russia-founding-act-1997]') !== null,
      undefined,
      15_000,
    );
    expect(await popup.evaluate(() => document.querySelector('.popup__verdict')?.getAttribute('data-verdict'))).toBe(
      'about',
    );
    const found = await popup.evaluate(() =>
      [...document.querySelectorAll('.found__entry')].map((node) => node.getAttribute('data-entry')),
    );
    expect(found).toEqual(
      expect.arrayContaining([
        'sergei-ryabkov',
        'wendy-sherman',
        'nato-russia-council',
        'osce-permanent-council',
        'geneva-working-dinner-2022-01-09',
        'russia-draft-security-treaties-2021-12-17',
        'nato-enlargement',
      ]),
    );
    await popup.screenshot(join(ROOT, 'docs', 'screenshots', `popup-${colorScheme}.png`));
  });
});
