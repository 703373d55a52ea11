/**
 * Hostile pages in both browsers (the overlay suite already covers strict CSP, the page's own popover
 * and dialog, shadow roots, an element remover and one single-page navigation). For each page: no
 * error from the extension, the page's own self-test passes, and the extension marks what it should.
 */
import { describe, expect, it } from 'vitest';
import { readMarks } from './harness/main-world';
import type { TestPage } from './harness/types';
import { BROWSERS, useBrowser } from './harness/vitest-browsers';
import { expectHealthy, hostileUrl, marksInside, routeHostileFixtures } from './hostile-fixtures';
import { pause, waitForMark } from './overlay-fixtures';

/** The keys a reader presses to type `text` (Playwright names the space bar; BiDi takes the character). */
const keysFor = (text: string, browser: string) =>
  [...text].map((char) => (char === ' ' && browser === 'chromium' ? 'Space' : char));

describe.each(BROWSERS)('%s: hostile pages', (browserName) => {
  const session = useBrowser(browserName);

  it('works on a page that rewrites Array.prototype, Node.prototype, MutationObserver and requestIdleCallback', async () => {
    routeHostileFixtures(session());
    const page = await session().open(hostileUrl('overrides'));
    await waitForMark(page, 'Sergei Ryabkov');
    expect(await page.evaluate(marksInside, '#story')).toContain('NATO-Russia Council');
    await expectHealthy(page);
  });

  it('follows a hydrating app that re-renders and replaces its article', async () => {
    routeHostileFixtures(session());
    const page = await session().open(hostileUrl('hydrating'));
    await waitForMark(page, 'Sergei Ryabkov');
    await page.waitFor(() => (window as unknown as { appState: { updates: number } }).appState.updates >= 6);
    // The last render replaced every element of the article: the marks must be on the new ones (only
    // the first mention of each entry is marked by default, so the first paragraphs carry them).
    await page.waitFor((selector) => {
      const marks: string[] = [];
      let stale = 0;
      CSS.highlights.forEach((highlight, name) => {
        if (!name.startsWith('backstory-') || name === 'backstory-focus') return;
        highlight.forEach((range) => {
          const r = range as Range;
          if (!r.startContainer.isConnected) stale++;
          else if (r.startContainer.parentElement?.closest(selector)) marks.push(r.toString());
        });
      });
      return stale === 0 && marks.includes('Sergei Ryabkov');
    }, '#story');
    expect((await page.evaluate(readMarks)).every((mark) => mark.connected)).toBe(true);
    await expectHealthy(page);
  });

  it('never marks inside a rich-text editor and does not disturb typing', async () => {
    routeHostileFixtures(session());
    const page = await session().open(hostileUrl('editor'));
    await waitForMark(page, 'Sergei Ryabkov');
    expect(await page.evaluate(marksInside, '#editor')).toEqual([]);
    const end = await page.evaluate(() => {
      const box = document.querySelector('#editor')!.getBoundingClientRect();
      return { x: box.right - 4, y: box.top + box.height / 2 };
    });
    await page.click(end.x, end.y);
    await page.press('End');
    const typed = ' Wendy Sherman met Ryabkov in Geneva.';
    for (const key of keysFor(typed, browserName)) await page.press(key);
    await pause(800);
    expect(await page.evaluate(() => document.querySelector('#editor')!.textContent)).toBe(
      `I think Sergei Ryabkov was right.${typed}`,
    );
    expect(
      await page.evaluate(() => (window as unknown as { editorModel: { inputs: number } }).editorModel.inputs),
    ).toBe(typed.length);
    expect(await page.evaluate(marksInside, '#editor')).toEqual([]);
    expect(await page.evaluate(marksInside, '#story')).toContain('Sergei Ryabkov');
    await expectHealthy(page);
  });

  it('marks the article beside fifty embeds and leaves the embeds alone', async () => {
    routeHostileFixtures(session());
    const page = await session().open(hostileUrl('frames'));
    await waitForMark(page, 'Sergei Ryabkov');
    await page.waitFor(
      () => (window as unknown as { frameLoads: () => number }).frameLoads() === 50,
      undefined,
      30_000,
    );
    await pause(500);
    await expectHealthy(page);
  });

  it('survives a 20 MB text page and keeps it responsive', async () => {
    routeHostileFixtures(session());
    const page = await session().open(hostileUrl('big-text'));
    const lateness = async (target: TestPage) => {
      await target.waitFor(() => (window as unknown as { archiveChars?: number }).archiveChars, undefined, 30_000);
      await pause(8000);
      return target.evaluate(() => (window as unknown as { worstTimerLateness: () => number }).worstTimerLateness());
    };
    const withExtension = await lateness(page);
    await expectHealthy(page);
    const marks = (await page.evaluate(marksInside, '#story')).length;
    const alone = await lateness(await session().open(session().localUrl('hostile/big-text.html')));
    console.log(
      `${browserName}, 20 MB page: the page's 50 ms timer was at worst ${Math.round(withExtension)} ms late with the extension, ${Math.round(alone)} ms without; ${marks} marks in the article`,
    );
    // The page alone takes seconds to lay out 20 MB; the extension adds to that (see the report), but
    // must not freeze the page for more than as long again.
    expect(withExtension).toBeLessThan(alone * 2 + 2000);
  });

  it('follows ten pushState navigations and marks only the last story', async () => {
    routeHostileFixtures(session());
    const page = await session().open(hostileUrl('push-state'));
    await waitForMark(page, 'Sergei Ryabkov');
    await page.evaluate(() => (window as unknown as { navigateAll: (ms: number) => Promise<number> }).navigateAll(400));
    await page.waitFor(
      () => {
        let marks = 0;
        let stale = 0;
        CSS.highlights.forEach((highlight, name) => {
          if (!name.startsWith('backstory-') || name === 'backstory-focus') return;
          highlight.forEach((range) => {
            marks++;
            if (!(range as Range).startContainer.isConnected) stale++;
          });
        });
        return marks > 0 && stale === 0 && document.querySelector('#story p')!.textContent!.includes('part 10');
      },
      undefined,
      20_000,
    );
    expect(await page.evaluate(marksInside, '#story')).toContain('Sergei Ryabkov');
    await expectHealthy(page);
  });

  it('keeps every mark, frame after frame, when the reader follows a link within the page (#)', async () => {
    routeHostileFixtures(session());
    const page = await session().open(hostileUrl('push-state'));
    await waitForMark(page, 'Sergei Ryabkov');
    // Fewest marks in any frame from the change of address on: a page taken for a new one loses them
    // all at once (and gets them back only when it is read again).
    const fewest = await page.evaluate(async () => {
      const count = () => {
        let marks = 0;
        CSS.highlights.forEach((highlight, name) => {
          if (name.startsWith('backstory-') && name !== 'backstory-focus') marks += highlight.size;
        });
        return marks;
      };
      let least = count();
      location.hash = 'part-2';
      // WXT sees the change at once through the Navigation API, or within a second where it polls.
      const until = performance.now() + 2500;
      while (performance.now() < until) {
        await new Promise((resolve) => requestAnimationFrame(resolve));
        least = Math.min(least, count());
      }
      return least;
    });
    expect(fewest).toBeGreaterThan(0);
    await expectHealthy(page);
  });
});
