import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './harness/session';
import type { BrowserSession, TestPage } from './harness/types';
import { BROWSERS, eventually, useBrowser } from './harness/vitest-browsers';

const ENGLISH = 'https://www.reuters.com/world/europe/us-russia-end-geneva-talks-no-breakthrough-2022-01-10/';
const RUSSIAN = 'https://ria.ru/20220110/peregovory-1767172345.html';
const HOSTILE = 'https://www.theguardian.com/world/2022/jan/12/nato-russia-council-brussels-stoltenberg';
const FRONT_PAGE = 'https://www.bbc.com/news/world';
/** Not a news site Backstory knows: no content script runs here. */
const UNLISTED = 'https://www.example-blog.org/2022/01/notes-from-a-week-of-security-talks';
const SCREENSHOTS = join(ROOT, 'docs', 'screenshots');
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/**
 * axe-core's WCAG 2.1 A and AA rules on the reader page. The extension page's CSP forbids `eval`, so
 * axe goes in as the evaluated source itself (the browser's automation protocol is not bound by it).
 */
async function axeViolations(page: TestPage): Promise<{ violations: string[]; checked: number }> {
  await page.evaluate(AXE_SOURCE as unknown as () => void);
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (context: unknown, options: unknown) => Promise<unknown> } }).axe;
    const result = (await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    })) as { violations: Array<{ id: string; nodes: unknown[] }>; passes: Array<{ nodes: unknown[] }> };
    return {
      violations: result.violations.map((violation) => `${violation.id} (${violation.nodes.length})`),
      checked: result.passes.reduce((sum, rule) => sum + rule.nodes.length, 0),
    };
  });
}

type ExtensionApi = {
  extension: { getViews(filter: { type: 'tab' }): Window[] };
  runtime: { sendMessage(message: unknown): Promise<unknown> };
};

/** The addresses of the reader tabs open now (found among the extension's own pages). */
const readerTabs = (page: TestPage) =>
  page.evaluate(() => {
    const api = ((globalThis as { browser?: ExtensionApi }).browser ??
      (globalThis as unknown as { chrome: ExtensionApi }).chrome) as ExtensionApi;
    return api.extension
      .getViews({ type: 'tab' })
      .map((view) => view.location.href)
      .filter((href) => href.includes('/reader.html?source='));
  });

/** Runs `action`, then returns the address of the reader tab it opened. */
async function readerOpenedBy(page: TestPage, action: () => Promise<unknown>): Promise<string> {
  const before = await readerTabs(page);
  await action();
  const after = await eventually(
    () => readerTabs(page),
    (hrefs) => hrefs.some((href) => !before.includes(href)),
  );
  return after.find((href) => !before.includes(href))!;
}

/** Takes an extension tab (the popup opened as a page) to `href` and waits for the reader to settle. */
async function goTo(page: TestPage, href: string): Promise<void> {
  await page.evaluate((to) => {
    (window as { leaving?: boolean }).leaving = true;
    location.href = to;
  }, href);
  await eventually(
    () =>
      page
        .evaluate(
          () =>
            !(window as { leaving?: boolean }).leaving &&
            document.querySelector('.reader[data-state]:not([data-state=loading])') !== null,
        )
        .catch(() => false),
    Boolean,
    20_000,
  );
  // The reader tab the background opened is in front now; keys go to the tab in front.
  await page.bringToFront();
}

/** Opens `url`, then the reader from the toolbar popup's button, the way a reader would. */
async function openReader(session: BrowserSession, url: string, fixture: string) {
  session.route(url, `reader/${fixture}`);
  const page = await session.open(url);
  const popup = await session.openPopupFor(page);
  await popup.waitFor(
    () =>
      !['loading', 'not-running'].includes(
        document.querySelector('.popup__status')?.getAttribute('data-status') ?? 'loading',
      ) && document.querySelector('.popup__verdict')?.getAttribute('data-verdict') !== 'pending',
    undefined,
    20_000,
  );
  const pageFound = await popup.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('.found__entry')].map((button) => button.dataset.entry!),
  );
  const address = await readerOpenedBy(popup, () =>
    popup.evaluate(() => document.querySelector<HTMLButtonElement>('.open-reader__button')!.click()),
  );
  await goTo(popup, address);
  return { reader: popup, pageFound };
}

const marginEntries = (reader: TestPage) =>
  reader.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('.reader__margin .note')].map((note) => note.dataset.entry!),
  );

describe.each(BROWSERS)('%s: the annotated reader', (browserName) => {
  const session = useBrowser(browserName);

  it('shows an English article with every entry the page mentions in the margin, beside its first mention', async () => {
    const { reader, pageFound } = await openReader(session(), ENGLISH, 'geneva-talks-en.html');
    expect(pageFound.length).toBeGreaterThanOrEqual(15);
    const margin = await marginEntries(reader);
    expect(margin).toEqual(expect.arrayContaining(pageFound));
    expect(margin).toEqual(
      expect.arrayContaining(['wendy-sherman', 'sergei-ryabkov', 'nato-russia-council', 'inf-treaty']),
    );

    const page = await reader.evaluate(() => ({
      // The headline's words, without the note numbers after its marks.
      headline: (() => {
        const copy = document.querySelector('.reader__headline')!.cloneNode(true) as Element;
        copy.querySelectorAll('.note-ref').forEach((ref) => ref.remove());
        return copy.textContent;
      })(),
      verdict: document.querySelector('.reader__verdict')?.getAttribute('data-verdict'),
      source: document.querySelector<HTMLAnchorElement>('.reader__source')?.href,
      byline: document.querySelector('.reader__byline')?.textContent,
      people: [...document.querySelectorAll<HTMLElement>('.whos-who li')].map((li) => li.dataset.entry),
      // Each note in the margin column starts level with, or below, its first mention (never above it).
      offsets: [...document.querySelectorAll<HTMLElement>('.reader__notes .note')].map((note) => {
        const mark = document.getElementById(`mention-${note.dataset.anchor}`)!;
        return Math.round(note.getBoundingClientRect().top - mark.getBoundingClientRect().top);
      }),
      ownEvents: [...document.querySelectorAll<HTMLElement>('.timeline-panel__event[data-own]')].map(
        (e) => e.dataset.event,
      ),
    }));
    expect(page.headline).toContain('US and Russia end Geneva talks');
    expect(page.verdict).toBe('about');
    expect(page.source).toBe(ENGLISH);
    expect(page.byline).toBe('Anna Whitfield');
    expect(page.people).toEqual(expect.arrayContaining(['wendy-sherman', 'sergei-ryabkov', 'jens-stoltenberg']));
    expect(page.offsets[0]).toBe(0);
    expect(page.offsets.every((offset) => offset >= 0)).toBe(true);
    expect(page.ownEvents).toEqual(expect.arrayContaining(['geneva-ssd-session', 'geneva-working-dinner']));
    const axe = await axeViolations(reader);
    expect(axe.violations).toEqual([]);
    expect(axe.checked).toBeGreaterThan(100);
    if (browserName === 'chromium') {
      mkdirSync(SCREENSHOTS, { recursive: true });
      await reader.screenshot(join(SCREENSHOTS, 'reader-light.png'));
    }
  });

  it('moves between mentions and notes from the keyboard', async () => {
    const { reader } = await openReader(session(), ENGLISH, 'geneva-talks-en.html');
    const focused = () =>
      reader.evaluate(() => {
        const active = document.activeElement as HTMLElement | null;
        return active?.id || active?.className || '';
      });
    await reader.press('j');
    expect(await focused()).toBe('mention-0');
    await reader.press('j');
    expect(await focused()).toBe('mention-1');
    await reader.press('k');
    expect(await focused()).toBe('mention-0');
    const entry = await reader.evaluate(() => document.getElementById('mention-0')!.dataset.entry);
    await reader.press('Enter');
    expect(await focused()).toBe(`note-${entry}`);
    await reader.press('Escape');
    expect(await focused()).toBe('mention-0');
    await reader.press('t');
    expect(await reader.evaluate(() => document.getElementById('reader-timeline')!.hidden)).toBe(false);
  });

  it('shows a Russian article, with Russian cards for every entry the page mentions', async () => {
    const { reader, pageFound } = await openReader(session(), RUSSIAN, 'geneva-talks-ru.html');
    expect(pageFound.length).toBeGreaterThanOrEqual(12);
    expect(await marginEntries(reader)).toEqual(expect.arrayContaining(pageFound));
    const page = await reader.evaluate(() => ({
      lang: document.querySelector('.reader__article')?.getAttribute('lang'),
      // The headline's words, without the note numbers after its marks.
      headline: (() => {
        const copy = document.querySelector('.reader__headline')!.cloneNode(true) as Element;
        copy.querySelectorAll('.note-ref').forEach((ref) => ref.remove());
        return copy.textContent;
      })(),
      ryabkov: document.querySelector('.note[data-entry=sergei-ryabkov] .note__kind')?.textContent,
      marked: [...document.querySelectorAll('mark.mention')].map((mark) => mark.textContent),
    }));
    expect(page.lang).toBe('ru');
    expect(page.headline).toContain('Рябков назвал переговоры');
    expect(page.ryabkov).toBe('Персона');
    expect(page.marked).toEqual(expect.arrayContaining(['Сергей Рябков', 'Постоянный совет ОБСЕ', 'Дмитрия Пескова']));
  });

  it('defuses a hostile page: no scripts, handlers, javascript: links, frames or remote loads', async () => {
    const { reader } = await openReader(session(), HOSTILE, 'hostile.html');
    const report = await reader.evaluate(() => {
      const all = [...document.querySelectorAll('*')];
      return {
        state: document.querySelector('.reader')?.getAttribute('data-state'),
        text: document.querySelector('.reader__article')?.textContent ?? '',
        foreignScripts: [...document.scripts].filter((s) => !s.src || new URL(s.src).origin !== location.origin).length,
        handlers: all.flatMap((el) => [...el.attributes].filter((a) => /^on/i.test(a.name)).map((a) => a.name)),
        scriptUrls: all.flatMap((el) =>
          [...el.attributes].filter((a) => /^\s*(javascript|data|vbscript):/i.test(a.value)).map((a) => a.value),
        ),
        // Links the reader page makes itself point within it (`#note-…`); the article's own must be http(s).
        articleLinks: [
          ...document.querySelectorAll<HTMLAnchorElement>('.reader__article a[href]:not([href^="#"])'),
        ].map((a) => a.href),
        embedded: document.querySelectorAll(
          'iframe, frame, object, embed, form, input, video, audio, svg, math, template',
        ).length,
        images: document.querySelectorAll('img').length,
        placeholders: document.querySelectorAll('.inert-image').length,
        remote: performance.getEntriesByType('resource').filter((entry) => !entry.name.startsWith(location.origin))
          .length,
        pwned: (window as { pwned?: unknown }).pwned ?? document.documentElement.getAttribute('data-pwned'),
      };
    });
    expect(report.state).toBe('ready');
    expect(report.text).toContain('Alexander Grushko');
    expect(report.text).toContain("Read Grushko's full statement");
    expect(report.foreignScripts).toBe(0);
    expect(report.handlers).toEqual([]);
    expect(report.scriptUrls).toEqual([]);
    expect(report.articleLinks.every((href) => /^https?:/.test(href))).toBe(true);
    expect(report.embedded).toBe(0);
    expect(report.images).toBe(0);
    expect(report.placeholders).toBeGreaterThanOrEqual(1);
    expect(report.remote).toBe(0);
    expect(report.pwned).toBeNull();
    expect(await marginEntries(reader)).toEqual(expect.arrayContaining(['nato-russia-council', 'alexander-grushko']));

    // An image loads when, and only when, the reader asks for it.
    await reader.evaluate(() => document.querySelector<HTMLButtonElement>('.inert-image button')!.click());
    const shown = await reader.evaluate(() =>
      [...document.querySelectorAll('img')].map((img) => img.getAttribute('src')),
    );
    expect(shown).toEqual([expect.stringMatching(/^https:\/\/evil\.example\//)]);
  });

  it('says clearly when a page has no article, with a way back', async () => {
    const { reader } = await openReader(session(), FRONT_PAGE, 'front-page.html');
    const page = await reader.evaluate(() => ({
      problem: document.querySelector('.reader')?.getAttribute('data-problem'),
      heading: document.querySelector('h1')?.textContent,
      back: document.querySelector<HTMLAnchorElement>('.reader__back')?.href,
    }));
    expect(page.problem).toBe('not-an-article');
    expect(page.heading).toBe('This page cannot be shown in the reader');
    expect(page.back).toBe(FRONT_PAGE);
  });

  it('explains a selection on a site Backstory does not run on', async () => {
    session().route(UNLISTED, 'reader/unlisted-blog.html');
    const page = await session().open(UNLISTED);
    const popup = await session().openPopupFor(page);
    await popup.waitFor(() => document.querySelector('.popup__status')?.getAttribute('data-status') === 'not-running');
    // No test can click a browser's native context menu: send the background exactly what the menu's
    // click handler passes on (the selected text and the page's address), through the same call.
    let reply: unknown;
    const address = await readerOpenedBy(popup, async () => {
      reply = await popup.evaluate(
        ({ text, pageUrl }) => {
          const api = ((globalThis as { browser?: ExtensionApi }).browser ??
            (globalThis as unknown as { chrome: ExtensionApi }).chrome) as ExtensionApi;
          return api.runtime.sendMessage({ backstory: 'ui/explain-selection', payload: { text, pageUrl } });
        },
        {
          text: 'Jens Stoltenberg chaired the NATO-Russia Council in Brussels, where Alexander Grushko led the Russian side.',
          pageUrl: UNLISTED,
        },
      );
    });
    expect(reply).toEqual({ ok: true });
    await goTo(popup, address);
    const explained = await popup.evaluate(() => ({
      mode: document.querySelector('.reader')?.getAttribute('data-mode'),
      notes: [...document.querySelectorAll<HTMLElement>('.note')].map((note) => note.dataset.entry),
      back: document.querySelector<HTMLAnchorElement>('.reader__source')?.href,
    }));
    expect(explained.mode).toBe('selection');
    expect(explained.notes).toEqual(['jens-stoltenberg', 'nato-russia-council', 'brussels', 'alexander-grushko']);
    expect(explained.back).toBe(UNLISTED);
  });
});

describe('chromium, dark: the annotated reader', () => {
  const session = useBrowser('chromium', { colorScheme: 'dark' });

  it('follows the dark colour scheme', async () => {
    const { reader } = await openReader(session(), ENGLISH, 'geneva-talks-en.html');
    const background = await reader.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(background).toBe('rgb(23, 27, 34)');
    const axe = await axeViolations(reader);
    expect(axe.violations).toEqual([]);
    expect(axe.checked).toBeGreaterThan(100);
    mkdirSync(SCREENSHOTS, { recursive: true });
    await reader.screenshot(join(SCREENSHOTS, 'reader-dark.png'));
  });
});
