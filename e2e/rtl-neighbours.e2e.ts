import { describe, expect, it } from 'vitest';
import { readMarks } from './harness/main-world';
import { BROWSERS, useBrowser } from './harness/vitest-browsers';

const ARTICLE = 'https://www.dw.com/en/geneva-talks-regional-press/a-60370003';
const FIXTURE = 'pages/rtl-neighbours.html';

/** Where each right-to-left block sits: it must not move because Backstory ran. */
const rtlBoxes = () =>
  ['arabic', 'hebrew'].map((id) => {
    const box = document.getElementById(id)!.getBoundingClientRect();
    return [box.left, box.top, box.width, box.height].map(Math.round);
  });

describe.each(BROWSERS)('%s: right-to-left neighbours', (browserName) => {
  const session = useBrowser(browserName);

  it('marks the English text, leaves the right-to-left blocks where they were, and throws nothing', async () => {
    session().route(ARTICLE, FIXTURE);
    const plain = await session().open(session().localUrl(FIXTURE));
    const before = await plain.evaluate(rtlBoxes);

    const page = await session().open(ARTICLE);
    await page.waitFor(
      () => {
        let found = false;
        CSS.highlights.forEach((_h, name) => (found ||= name.startsWith('backstory-')));
        return found;
      },
      undefined,
      15_000,
    );
    const marks = (await page.evaluate(readMarks)).map((mark) => mark.text);
    expect(marks).toEqual(expect.arrayContaining(['Sergei Ryabkov', 'NATO-Russia Council']));
    expect(marks.some((text) => /[\u0590-\u06ff]/.test(text))).toBe(false);
    expect(await page.evaluate(rtlBoxes)).toEqual(before);
    expect(page.errors()).toEqual([]);
  });
});
