import { describe, expect, it } from 'vitest';
import { foreignMutations, MUTATION_RECORDER, readCard, readMarks } from './harness/main-world';
import type { BrowserSession, TestPage } from './harness/types';
import { BROWSERS, useBrowser } from './harness/vitest-browsers';
import {
  hoverMark,
  overlayUrl,
  pause,
  routeOverlayFixtures,
  waitForMark,
  withoutExtensionUrl,
} from './overlay-fixtures';

const cardIsOpen = () =>
  document.querySelector('[data-backstory-ui]')?.shadowRoot?.querySelector('.card[data-state="ready"]:popover-open') !=
  null;

interface StorageApi {
  storage: { local: { get(key: string): Promise<unknown>; set(items: Record<string, unknown>): Promise<void> } };
}

/** Changes the reader's settings from an extension page, as the options page would. */
async function changeSettings(session: BrowserSession, change: Record<string, unknown>): Promise<void> {
  const options = await session.openOptions();
  await options.evaluate(async (patch) => {
    const scope = globalThis as unknown as { browser?: StorageApi; chrome?: StorageApi };
    const api = (scope.browser ?? scope.chrome)!;
    const { settings } = (await api.storage.local.get('settings')) as { settings?: Record<string, unknown> };
    await api.storage.local.set({ settings: { ...(settings ?? {}), ...patch } });
  }, change);
}

const backstoryTraces = (page: TestPage) =>
  page.evaluate(() => ({
    hosts: document.querySelectorAll('[data-backstory-ui]').length,
    highlights: [...CSS.highlights.keys()].filter((name) => name.startsWith('backstory-')),
  }));

describe.each(BROWSERS)('%s: hostile and changing pages', (browserName) => {
  const session = useBrowser(browserName, { initScripts: [MUTATION_RECORDER] });

  it('works under a strict Content-Security-Policy: marks styled, card styled, no new violations', async () => {
    routeOverlayFixtures(session());
    const page = await session().open(overlayUrl('strict-csp'));
    await hoverMark(page, 'Ryabkov');
    const styles = await page.evaluate(() => {
      const heading = document.querySelector('h1')!;
      const mark = getComputedStyle(heading, '::highlight(backstory-underline-person)');
      const card = document.querySelector('[data-backstory-ui]')!.shadowRoot!.querySelector('.card')!;
      return {
        markLine: mark.textDecorationLine,
        cardPosition: getComputedStyle(card).position,
        cardBorderTop: getComputedStyle(card).borderTopWidth,
        violations: (window as unknown as { cspViolations: string[] }).cspViolations,
      };
    });
    expect(styles.markLine).toContain('underline');
    expect(styles.cardPosition).toBe('fixed');
    expect(styles.cardBorderTop).toBe('4px');

    const plain = await session().open(withoutExtensionUrl(session(), 'strict-csp'));
    await pause(500);
    const plainViolations = await plain.evaluate(
      () => (window as unknown as { cspViolations: string[] }).cspViolations,
    );
    expect(plainViolations.length).toBeGreaterThan(0); // the page's own inline style
    expect(styles.violations).toEqual(plainViolations);
  });

  it('lives beside the page’s own popover and dialog', async () => {
    routeOverlayFixtures(session());
    const page = await session().open(overlayUrl('own-popover'));
    await waitForMark(page, 'Ryabkov');
    const state = () =>
      page.evaluate(() => ({
        menu: document.querySelector('#menu')!.matches(':popover-open'),
        dialog: (document.querySelector('#newsletter') as HTMLDialogElement).open,
      }));
    // The page opens its dialog and then its menu (a dialog opening closes an open auto popover).
    await page.evaluate(() =>
      (window as unknown as { __pageMutation: (change: () => void) => void }).__pageMutation(() => {
        (document.querySelector('#newsletter') as HTMLDialogElement).show();
        (document.querySelector('#menu') as HTMLElement).showPopover();
      }),
    );
    expect(await state()).toEqual({ menu: true, dialog: true });
    await hoverMark(page, 'Ryabkov');
    expect(await state()).toEqual({ menu: true, dialog: true });
    await page.evaluate(() =>
      (window as unknown as { __pageMutation: (change: () => void) => void }).__pageMutation(() => {
        (document.querySelector('#menu') as HTMLElement).hidePopover();
        (document.querySelector('#close-newsletter') as HTMLElement).click();
      }),
    );
    expect(await state()).toEqual({ menu: false, dialog: false });
    expect(await page.evaluate(cardIsOpen)).toBe(true);
    expect((await page.evaluate(foreignMutations)).foreign).toEqual([]);
  });

  it('leaves an article in an open shadow root alone, and still marks the light DOM', async () => {
    routeOverlayFixtures(session());
    const page = await session().open(overlayUrl('shadow-article'));
    await hoverMark(page, 'Ryabkov');
    const inside = () => page.evaluate(() => document.querySelector('news-article')!.shadowRoot!.textContent);
    const plain = await session().open(withoutExtensionUrl(session(), 'shadow-article'));
    await plain.waitFor(() => document.querySelector('news-article')?.shadowRoot?.textContent);
    expect(await inside()).toBe(
      await plain.evaluate(() => document.querySelector('news-article')!.shadowRoot!.textContent),
    );
    expect((await page.evaluate(foreignMutations)).foreign).toEqual([]);
  });

  it('survives a page that removes unknown elements: the card comes back when needed, the page keeps its layout', async () => {
    routeOverlayFixtures(session());
    const page = await session().open(overlayUrl('remover'));
    const { x, y } = await waitForMark(page, 'Ryabkov');
    await page.click(x, y);
    await page.waitFor(() =>
      (window as unknown as { removedElements: string[] }).removedElements.includes('backstory-ui'),
    );
    expect((await page.evaluate(readMarks)).length).toBeGreaterThan(3);
    const layout = () => page.evaluate(() => document.querySelector('article')!.getBoundingClientRect().height);
    const before = await layout();
    await page.press('Escape');
    await page.click(x, y);
    await pause(600);
    expect(await layout()).toBe(before);
    expect((await page.evaluate(foreignMutations)).foreign).toEqual([]);
  });

  it('judges a single-page navigation afresh: old marks go, the new article is marked', async () => {
    routeOverlayFixtures(session());
    const page = await session().open(overlayUrl('static-article'));
    await waitForMark(page, 'Sergei Ryabkov');
    await page.evaluate(() => {
      (window as unknown as { __pageMutation: (change: () => void) => void }).__pageMutation(() => {
        history.pushState({}, '', '/en/overlay-fixtures/lake-ferries/a-50');
        document.title = 'Lake ferries return to full timetable';
        document.querySelector('meta[name="description"]')!.setAttribute('content', 'Boats are back on the lake.');
        const title = document.createElement('h1');
        title.textContent = 'Lake ferries return to full timetable';
        const body = document.createElement('p');
        body.textContent = 'The ferry company said all boats would sail again from Monday, weather permitting.';
        document.querySelector('article')!.replaceChildren(title, body);
      });
    });
    await page.waitFor(
      () => ![...CSS.highlights.keys()].some((name) => name.startsWith('backstory-')),
      undefined,
      15_000,
    );

    await page.evaluate(() => {
      (window as unknown as { __pageMutation: (change: () => void) => void }).__pageMutation(() => {
        history.pushState({}, '', '/en/overlay-fixtures/sherman-briefs-nato/a-51');
        document.title = 'Sherman briefs NATO allies after the Geneva talks with Ryabkov';
        const body = document.createElement('p');
        body.textContent = 'Wendy Sherman briefed NATO allies in Brussels on her talks with Sergei Ryabkov in Geneva.';
        document.querySelector('article')!.replaceChildren(body);
      });
    });
    await waitForMark(page, 'Wendy Sherman');
    expect((await page.evaluate(readMarks)).map((mark) => mark.text)).not.toContain(
      'Deputy Secretary of State Wendy Sherman',
    );
    expect((await page.evaluate(foreignMutations)).foreign).toEqual([]);
  });

  it('takes everything away, leaving the page as it was, when switched off on the site, and comes back without a reload', async () => {
    routeOverlayFixtures(session());
    const page = await session().open(overlayUrl('static-article'));
    await hoverMark(page, 'Sergei Ryabkov');
    expect((await backstoryTraces(page)).hosts).toBe(1);

    await changeSettings(session(), { disabledSites: ['dw.com'] });
    await page.waitFor(() => document.querySelectorAll('[data-backstory-ui]').length === 0, undefined, 15_000);
    expect(await backstoryTraces(page)).toEqual({ hosts: 0, highlights: [] });
    expect((await page.evaluate(foreignMutations)).foreign).toEqual([]);
    const plain = await session().open(withoutExtensionUrl(session(), 'static-article'));
    const shape = () => [document.getElementsByTagName('*').length, document.documentElement.textContent];
    expect(await page.evaluate(shape)).toEqual(await plain.evaluate(shape));
    // The mouse over a former mark does nothing now.
    await page.mouseMove(10, 10);
    expect((await page.evaluate(readCard)).open).toBe(false);

    await changeSettings(session(), { disabledSites: [] });
    await waitForMark(page, 'Sergei Ryabkov');
  });

  it('never marks a page opened on a site the reader switched off, and marks it once switched on', async () => {
    routeOverlayFixtures(session());
    await changeSettings(session(), { disabledSites: ['dw.com'] });
    const page = await session().open(overlayUrl('static-article'));
    // Time for the first look, the settings read and any marks a wrong decision would paint.
    await pause(2000);
    expect(await backstoryTraces(page)).toEqual({ hosts: 0, highlights: [] });
    expect((await page.evaluate(foreignMutations)).foreign).toEqual([]);

    await changeSettings(session(), { disabledSites: [] });
    await waitForMark(page, 'Sergei Ryabkov');
  });
});
