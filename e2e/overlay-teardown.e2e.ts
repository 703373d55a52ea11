import { describe, expect, it } from 'vitest';
import { foreignMutations, MUTATION_RECORDER, readMarks } from './harness/main-world';
import { useBrowser } from './harness/vitest-browsers';
import { hoverMark, overlayUrl, pause, routeOverlayFixtures, withoutExtensionUrl } from './overlay-fixtures';

const traces = () => ({
  hosts: document.querySelectorAll('[data-backstory-ui]').length,
  highlights: [...CSS.highlights.keys()].filter((name) => name.startsWith('backstory-')),
});
const shape = () => [document.getElementsByTagName('*').length, document.documentElement.textContent];

// Reloading the extension is what an update does to the scripts in open pages. Each case is the last
// thing its session does: the extension's own pages go with the reload.
describe('chromium: an update or reload of the extension', () => {
  const session = useBrowser('chromium', { initScripts: [MUTATION_RECORDER] });

  it('takes every mark, the UI host and every listener away, leaving the page as it was', async () => {
    routeOverlayFixtures(session());
    const page = await session().open(overlayUrl('static-article'));
    await hoverMark(page, 'Sergei Ryabkov');
    expect((await page.evaluate(traces)).hosts).toBe(1);

    await session().reloadExtension();
    // The old script finds out that its extension is gone the next time the page gives it something to do.
    await page.mouseMove(300, 300);
    await page.mouseMove(310, 305);
    await page.waitFor(() => document.querySelectorAll('[data-backstory-ui]').length === 0);
    expect(await page.evaluate(traces)).toEqual({ hosts: 0, highlights: [] });
    expect((await page.evaluate(foreignMutations)).foreign).toEqual([]);

    const plain = await session().open(withoutExtensionUrl(session(), 'static-article'));
    expect(await page.evaluate(shape)).toEqual(await plain.evaluate(shape));
    // Nothing listens any more: a resting pointer over a former mark opens nothing.
    await page.mouseMove(200, 390);
    await pause(700);
    expect(await page.evaluate(traces)).toEqual({ hosts: 0, highlights: [] });
  });
});

describe('firefox: an update or reload of the extension', () => {
  const session = useBrowser('firefox', { initScripts: [MUTATION_RECORDER] });

  it('leaves no stale marks or host: the fresh script Firefox injects cleans up and marks once', async () => {
    routeOverlayFixtures(session());
    const page = await session().open(overlayUrl('static-article'));
    await hoverMark(page, 'Sergei Ryabkov');
    const before = await page.evaluate(readMarks);
    await page.evaluate(() => {
      (window as unknown as { oldMarks: unknown }).oldMarks = CSS.highlights.get('backstory-underline-person');
    });

    await session().reloadExtension();
    await page.waitFor(
      () => {
        const current = CSS.highlights.get('backstory-underline-person');
        return current !== undefined && current !== (window as unknown as { oldMarks: unknown }).oldMarks;
      },
      undefined,
      15_000,
    );
    expect(await page.evaluate(readMarks)).toEqual(before);
    expect((await page.evaluate(traces)).hosts).toBe(0);
    expect((await page.evaluate(foreignMutations)).foreign).toEqual([]);
  });
});
