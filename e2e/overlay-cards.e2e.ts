import { describe, expect, it } from 'vitest';
import { readCard, readMarks } from './harness/main-world';
import { BROWSERS, useBrowser } from './harness/vitest-browsers';
import { hoverMark, moveAway, overlayUrl, pause, routeOverlayFixtures, waitForMark } from './overlay-fixtures';

describe.each(BROWSERS)('%s: hover cards', (browserName) => {
  const session = useBrowser(browserName);

  it('marks the first mention of each entry, and not the later ones', async () => {
    routeOverlayFixtures(session());
    const page = await session().open(overlayUrl('static-article'));
    await waitForMark(page, 'Sergei Ryabkov');
    const marks = await page.evaluate(readMarks);
    const texts = marks.map((mark) => mark.text);
    expect(texts).toEqual(
      expect.arrayContaining(['Sergei Ryabkov', 'Deputy Secretary of State Wendy Sherman', '1997']),
    );
    expect(texts).not.toContain('Ryabkov');
    expect(texts).not.toContain('Sherman');
    expect(marks.find((mark) => mark.text === 'Sergei Ryabkov')?.name).toBe('backstory-underline-person');
    expect(marks.find((mark) => mark.text === '1997')?.name).toBe('backstory-underline-document');
  });

  it('opens Ryabkov’s card on hover: Russia’s Deputy Foreign Minister; Esc closes it', async () => {
    routeOverlayFixtures(session());
    const page = await session().open(overlayUrl('static-article'));
    const card = await hoverMark(page, 'Sergei Ryabkov');
    expect(card.title).toBe('Sergei Ryabkov');
    expect(card.text).toMatch(/deputy (foreign minister|minister of foreign affairs)/i);
    expect(card.text).toMatch(/Russia/);
    expect(card.role).toBe('dialog');
    expect(card.label).toContain('Sergei Ryabkov');
    expect(card.text).toContain('Why this is marked');
    expect(card.text).toContain('“Sergei Ryabkov”');

    await page.press('Escape');
    await page.waitFor(
      () => !document.querySelector('[data-backstory-ui]')?.shadowRoot?.querySelector('.card:popover-open'),
    );
    expect((await page.evaluate(readCard)).open).toBe(false);
  });

  it('opens the Founding Act card from “1997” in NATO context', async () => {
    routeOverlayFixtures(session());
    const page = await session().open(overlayUrl('static-article'));
    const card = await hoverMark(page, '1997');
    expect(card.title).toMatch(/Founding Act/);
  });

  it('gives Sherman her title at the time: Deputy Secretary of State', async () => {
    routeOverlayFixtures(session());
    const page = await session().open(overlayUrl('static-article'));
    const card = await hoverMark(page, 'Deputy Secretary of State Wendy Sherman');
    expect(card.title).toBe('Wendy Sherman');
    expect(card.text).toContain('Deputy Secretary of State');
  });

  it('waits before opening, keeps the card while the pointer is on it, and closes it after the pointer leaves', async () => {
    routeOverlayFixtures(session());
    const page = await session().open(overlayUrl('static-article'));
    const { x, y } = await waitForMark(page, 'Sergei Ryabkov');
    await page.mouseMove(x, y);
    await pause(80);
    expect((await page.evaluate(readCard)).open).toBe(false);
    const card = await hoverMark(page, 'Sergei Ryabkov');
    const inside = { x: card.rect!.left + 20, y: card.rect!.top + 20 };
    await page.mouseMove(inside.x, inside.y);
    await pause(900);
    expect((await page.evaluate(readCard)).open).toBe(true);
    await moveAway(page);
    await page.waitFor(
      () => !document.querySelector('[data-backstory-ui]')?.shadowRoot?.querySelector('.card:popover-open'),
    );
  });

  it('pins a card on click until Esc, and a click elsewhere still reaches the page', async () => {
    routeOverlayFixtures(session());
    const page = await session().open(overlayUrl('static-article'));
    const { x, y } = await waitForMark(page, 'Sergei Ryabkov');
    await page.click(x, y);
    await page.waitFor(() =>
      document.querySelector('[data-backstory-ui]')?.shadowRoot?.querySelector('.card:popover-open h2'),
    );
    await moveAway(page);
    await pause(900);
    expect((await page.evaluate(readCard)).open).toBe(true);
    await page.evaluate(() => {
      (window as unknown as { clicks: number }).clicks = 0;
      document
        .querySelector('header')!
        .addEventListener('click', () => (window as unknown as { clicks: number }).clicks++);
    });
    const header = await page.evaluate(() => {
      const box = document.querySelector('header')!.getBoundingClientRect();
      return { x: box.right - 20, y: box.top + box.height / 2 };
    });
    await page.click(header.x, header.y);
    expect(await page.evaluate(() => (window as unknown as { clicks: number }).clicks)).toBe(1);
    await page.waitFor(
      () => !document.querySelector('[data-backstory-ui]')?.shadowRoot?.querySelector('.card:popover-open'),
    );
  });

  it('stops marking an entry on this site from the card, without a reload', async () => {
    routeOverlayFixtures(session());
    const page = await session().open(overlayUrl('static-article'));
    await hoverMark(page, 'Sergey Lavrov');
    await page.evaluate(() => {
      const card = document.querySelector('[data-backstory-ui]')!.shadowRoot!.querySelector('.card')!;
      [...card.querySelectorAll('button')].find((button) => button.textContent === 'Don’t mark this here')!.click();
    });
    await page.waitFor(() => {
      let marked = false;
      CSS.highlights.forEach((highlight) =>
        highlight.forEach((range) => void (marked ||= (range as Range).toString() === 'Sergey Lavrov')),
      );
      return !marked;
    });
    expect((await page.evaluate(readCard)).text).toContain('No longer marked on this site.');
    expect((await page.evaluate(readMarks)).map((mark) => mark.text)).toContain('Antony Blinken');

    const again = await session().open(overlayUrl('static-article'));
    await waitForMark(again, 'Antony Blinken');
    expect((await again.evaluate(readMarks)).map((mark) => mark.text)).not.toContain('Sergey Lavrov');
  });
});
