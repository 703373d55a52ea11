import { describe, expect, it } from 'vitest';
import { foreignMutations, MUTATION_RECORDER, readMarks } from './harness/main-world';
import type { TestPage } from './harness/types';
import { BROWSERS, useBrowser } from './harness/vitest-browsers';
import {
  hoverMark,
  overlayUrl,
  pause,
  routeOverlayFixtures,
  waitForMark,
  withoutExtensionUrl,
  type OverlayPage,
} from './overlay-fixtures';

/** Pages that change themselves say so when they are done (`window.pageDone`). */
async function settled(page: TestPage, dynamic: boolean): Promise<void> {
  if (dynamic)
    await page.waitFor(() => (window as unknown as { pageDone?: boolean }).pageDone === true, undefined, 15_000);
  await pause(800);
}

const text = (page: TestPage) => page.evaluate(() => document.documentElement.textContent);

const PAGES: Array<{ page: OverlayPage; mark: string; dynamic: boolean }> = [
  { page: 'static-article', mark: 'Sergei Ryabkov', dynamic: false },
  { page: 'rerender-article', mark: 'Sergei Ryabkov', dynamic: true },
  { page: 'live-blog', mark: 'Sergei Ryabkov', dynamic: true },
  { page: 'strict-csp', mark: 'Ryabkov', dynamic: false },
];

describe.each(BROWSERS)('%s: the page stays the page', (browserName) => {
  const session = useBrowser(browserName, { initScripts: [MUTATION_RECORDER] });

  it.each(PAGES)(
    'makes no change inside $page’s content, and its text is the same with and without Backstory',
    async ({ page: fixture, mark, dynamic }) => {
      routeOverlayFixtures(session());
      const page = await session().open(overlayUrl(fixture));
      await settled(page, dynamic);
      const card = await hoverMark(page, mark);
      expect(card.open).toBe(true);
      await page.press('Escape');
      await pause(300);

      const recorded = await page.evaluate(foreignMutations);
      expect(recorded.foreign).toEqual([]);
      // The recorder does see Backstory's one host element being added (outside the content).
      expect(recorded.hostChanges).toBeGreaterThan(0);

      const plain = await session().open(withoutExtensionUrl(session(), fixture));
      await settled(plain, dynamic);
      expect(await plain.evaluate(readMarks)).toEqual([]);
      expect(await text(page)).toBe(await text(plain));
    },
  );

  it('follows a page that re-renders: marks on the new nodes, none for text that is gone', async () => {
    routeOverlayFixtures(session());
    const page = await session().open(overlayUrl('rerender-article'));
    await waitForMark(page, 'Sergei Ryabkov');
    expect((await page.evaluate(readMarks)).map((mark) => mark.text)).toContain('OSCE');
    await settled(page, true);
    await page.waitFor(() => {
      let osce = false;
      CSS.highlights.forEach((highlight) => highlight.forEach((range) => void (osce ||= range.toString() === 'OSCE')));
      return !osce;
    });
    const marks = await page.evaluate(readMarks);
    expect(marks.every((mark) => mark.connected)).toBe(true);
    expect(marks.map((mark) => mark.text)).toEqual(
      expect.arrayContaining(['Sergei Ryabkov', 'Deputy Secretary of State Wendy Sherman']),
    );
    expect(await page.evaluate(() => (window as unknown as { renders: number }).renders)).toBe(4);
  });

  it('marks what a live blog adds as it arrives', async () => {
    routeOverlayFixtures(session());
    const page = await session().open(overlayUrl('live-blog'));
    await waitForMark(page, 'Sergei Ryabkov');
    await settled(page, true);
    for (const added of ['Antony Blinken', 'OSCE', 'Sergey Lavrov', 'Jens Stoltenberg']) await waitForMark(page, added);
    const marks = (await page.evaluate(readMarks)).map((mark) => mark.text);
    // First mentions only: the later "Ryabkov" in an entry is not marked again.
    expect(marks.filter((mark) => mark.includes('Ryabkov'))).toHaveLength(1);
  });
});
