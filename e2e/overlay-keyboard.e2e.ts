import { describe, expect, it } from 'vitest';
import { readCard, readFocusMark, readMarks } from './harness/main-world';
import type { BrowserSession, TestPage } from './harness/types';
import { BROWSERS, useBrowser } from './harness/vitest-browsers';
import { overlayUrl, pause, routeOverlayFixtures, waitForMark } from './overlay-fixtures';

/** What the background does when the reader presses the next/previous-mention shortcut. */
function command(session: BrowserSession, page: TestPage, direction: 'next' | 'previous') {
  return session.sendToTab(page, { backstory: 'background/move-mention', payload: { direction } });
}

async function focusMoves(page: TestPage, from: string | null): Promise<string> {
  await page.waitFor((previous) => {
    let text: string | null = null;
    CSS.highlights.get('backstory-focus')?.forEach((range) => {
      text = (range as Range).toString().replace(/\s+/g, ' ');
    });
    const card = document.querySelector('[data-backstory-ui]')?.shadowRoot?.querySelector('.card');
    return text !== null && text !== previous && card?.getAttribute('data-state') === 'ready';
  }, from);
  return (await page.evaluate(readFocusMark))!;
}

describe.each(BROWSERS)('%s: keyboard and screen readers', (browserName) => {
  const session = useBrowser(browserName);

  it('reaches every marked mention with the next-mention command, opening each card, and goes back with previous', async () => {
    routeOverlayFixtures(session());
    const page = await session().open(overlayUrl('static-article'));
    await waitForMark(page, 'Antony Blinken');
    const marked = (await page.evaluate(readMarks)).map((mark) => mark.text);
    expect(marked.length).toBeGreaterThan(8);

    const visited: string[] = [];
    let current: string | null = null;
    for (let step = 0; step < marked.length; step++) {
      expect(await command(session(), page, 'next')).toEqual({ ok: true, value: true });
      current = await focusMoves(page, current);
      visited.push(current);
      expect((await page.evaluate(readCard)).open).toBe(true);
    }
    expect([...visited].sort()).toEqual([...marked].sort());

    await command(session(), page, 'previous');
    expect(await focusMoves(page, current)).toBe(visited.at(-2));
  });

  it('moves focus into the card with Tab, and Escape closes it and returns focus to the page', async () => {
    routeOverlayFixtures(session());
    const page = await session().open(overlayUrl('static-article'));
    await waitForMark(page, 'Sergei Ryabkov');
    await page.evaluate(() => (document.querySelector('aside a') as HTMLElement).focus());
    await command(session(), page, 'next');
    await focusMoves(page, null);
    await page.bringToFront();

    await page.press('Tab');
    await page.waitFor(() => {
      const host = document.querySelector('[data-backstory-ui]');
      return document.activeElement === host && host?.shadowRoot?.activeElement?.classList.contains('card');
    });
    const card = await page.evaluate(readCard);
    expect(card.role).toBe('dialog');
    expect(card.label).toMatch(/^Backstory: /);
    await page.press('Tab');
    expect(
      await page.evaluate(() => document.querySelector('[data-backstory-ui]')?.shadowRoot?.activeElement?.nodeName),
    ).toMatch(/^(A|BUTTON)$/);

    await page.press('Escape');
    await page.waitFor(
      () => !document.querySelector('[data-backstory-ui]')?.shadowRoot?.querySelector('.card:popover-open'),
    );
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(
      'Lake ferries return to full timetable',
    );
    expect(await page.evaluate(readFocusMark)).not.toBeNull();
  });

  it('moves focus into a pinned card with the first Tab only: a reader who left it tabs on through the page', async () => {
    routeOverlayFixtures(session());
    const page = await session().open(overlayUrl('static-article'));
    await waitForMark(page, 'Sergei Ryabkov');
    await command(session(), page, 'next');
    await focusMoves(page, null);
    await page.bringToFront();
    await page.press('Tab');
    await page.waitFor(() => document.activeElement === document.querySelector('[data-backstory-ui]'));

    // The reader goes back to the page (the card stays pinned) and presses Tab again: the browser
    // moves focus as it would without Backstory, and the key is not taken over.
    await page.evaluate(() => {
      (document.querySelector('aside a') as HTMLElement).focus();
      window.addEventListener('keydown', (event) => {
        if (event.key === 'Tab') (window as unknown as { tabTaken: boolean }).tabTaken = event.defaultPrevented;
      });
    });
    await page.press('Tab');
    await pause(100);
    expect(await page.evaluate(() => (window as unknown as { tabTaken?: boolean }).tabTaken)).toBe(false);
    expect((await page.evaluate(readCard)).open).toBe(true);
  });

  it('announces a card opened from the keyboard in a polite live region', async () => {
    routeOverlayFixtures(session());
    const page = await session().open(overlayUrl('static-article'));
    await waitForMark(page, 'Sergei Ryabkov');
    await command(session(), page, 'next');
    const title = await focusMoves(page, null).then(() => page.evaluate(readCard).then((card) => card.title));
    await page.waitFor(() => {
      const region = document.querySelector('[data-backstory-ui]')?.shadowRoot?.querySelector('[aria-live="polite"]');
      return (region?.textContent ?? '') !== '';
    });
    const announced = await page.evaluate(
      () =>
        document.querySelector('[data-backstory-ui]')!.shadowRoot!.querySelector('[aria-live="polite"]')!.textContent,
    );
    expect(announced).toContain(title);
  });
});
