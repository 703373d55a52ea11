import { describe, expect, it } from 'vitest';
import { readMarks } from './harness/main-world';
import type { BrowserSession, TestPage } from './harness/types';
import { BROWSERS, eventually, useBrowser } from './harness/vitest-browsers';
import { pause } from './overlay-fixtures';

/**
 * Sites Backstory does not know (not in `utils/sites/news-sites.ts`): the content script's static
 * matches leave them alone, so what marks them is the reader's choice in the popup.
 */
const ONCE = 'https://once.example.org/2022/01/10/geneva-security-talks';
const ADDED = 'https://added.example.org/2022/01/10/geneva-security-talks';
const ARTICLE = 'pages/geneva-talks-en.html';
/** Longer than the content script takes to mark this page where it runs (well under a second). */
const QUIET = 2_500;

type Api = {
  permissions: { getAll(): Promise<{ origins?: string[] }> };
  scripting: {
    getRegisteredContentScripts(): Promise<Array<{ id: string; matches?: string[] }>>;
    executeScript(injection: { target: { tabId: number }; func: () => string }): Promise<Array<{ result?: string }>>;
  };
  tabs: { query(query: { active: boolean; lastFocusedWindow: boolean }): Promise<Array<{ id?: number }>> };
};

/** The extension's granted origins and its registered content scripts, as the browser has them. */
const grants = (session: BrowserSession) =>
  session.inExtension(async () => {
    const api = ((globalThis as { browser?: Api }).browser ?? (globalThis as unknown as { chrome: Api }).chrome) as Api;
    const { origins = [] } = await api.permissions.getAll();
    const scripts = await api.scripting.getRegisteredContentScripts();
    return { origins, scripts: scripts.map((script) => ({ id: script.id, matches: script.matches ?? [] })) };
  });

/** Whether the extension may still script `page` (activeTab or a host permission): runs a probe in it. */
async function canScript(session: BrowserSession, page: TestPage): Promise<string> {
  await page.bringToFront();
  return session.inExtension(async () => {
    const api = ((globalThis as { browser?: Api }).browser ?? (globalThis as unknown as { chrome: Api }).chrome) as Api;
    const [tab] = await api.tabs.query({ active: true, lastFocusedWindow: true });
    try {
      const [injected] = await api.scripting.executeScript({ target: { tabId: tab!.id! }, func: () => location.host });
      return `scripted ${injected?.result}`;
    } catch (error) {
      return `refused: ${String(error)}`;
    }
  });
}

const markTexts = async (page: TestPage) => (await page.evaluate(readMarks)).map((mark) => mark.text);

/**
 * Each highlight Backstory registered is drawn: the page's document has a `::highlight()` rule for it
 * (a script that did not come through the manifest brings its own rules).
 */
const marksStyled = (page: TestPage) =>
  page.evaluate(() => {
    const look = (name: string) => {
      const style = getComputedStyle(document.documentElement, `::highlight(${name})`);
      return [style.color, style.backgroundColor, style.textDecorationLine, style.textDecorationColor].join();
    };
    const bare = look('backstory-no-such-highlight');
    const names = [...CSS.highlights.keys()].filter(
      (name) => name.startsWith('backstory-') && name !== 'backstory-focus',
    );
    return names.length > 0 && names.every((name) => look(name) !== bare);
  });

/** Waits until Backstory has marked something in `page`. */
const marked = (page: TestPage) =>
  page.waitFor(
    () => {
      let found = false;
      CSS.highlights.forEach((highlight, name) => {
        if (name.startsWith('backstory-') && name !== 'backstory-focus' && highlight.size > 0) found = true;
      });
      return found;
    },
    undefined,
    15_000,
  );

/** What the fixture article's marks must include, wherever Backstory runs on it. */
const expectArticleMarked = async (page: TestPage) => {
  const texts = await markTexts(page);
  expect(texts).toEqual(expect.arrayContaining(['NATO-Russia Council', 'Brussels', 'Vienna']));
  expect(texts.some((text) => text.endsWith('Wendy Sherman'))).toBe(true);
  expect(await marksStyled(page)).toBe(true);
};

/** Opens `url` and checks that Backstory leaves it alone. */
async function openUnmarked(session: BrowserSession, url: string): Promise<TestPage> {
  session.route(url, ARTICLE);
  const page = await session.open(url);
  await pause(QUIET);
  expect(await markTexts(page)).toEqual([]);
  return page;
}

async function reloadQuietly(page: TestPage): Promise<void> {
  await page.reload();
  await page.waitFor(() => document.readyState === 'complete');
  await pause(QUIET);
}

const popupStatus = (session: BrowserSession) =>
  session.inActionPopup((popup) => ({
    status: popup?.querySelector('.popup__status')?.getAttribute('data-status') ?? null,
    buttons: [...(popup?.querySelectorAll('.controls button') ?? [])].map((button) => button.textContent ?? ''),
  }));

describe.each(BROWSERS)('%s: a site not in the list, annotated once', (browserName) => {
  const session = useBrowser(browserName);

  it('marks the page from the toolbar popup through activeTab, and keeps no permission or script', async () => {
    const page = await openUnmarked(session(), ONCE);

    await session().clickAction(page);
    // The toolbar click lets the popup see the page's address: it offers both ways to run here.
    const offered = await eventually(
      () => popupStatus(session()),
      ({ status }) => status === 'not-running',
    );
    expect(offered.buttons).toEqual(['Enable on this site', 'Annotate this page once']);

    await session().inActionPopup((popup) => {
      const button = [...popup!.querySelectorAll('button')].find((b) => b.textContent === 'Annotate this page once');
      button!.click();
    });
    await marked(page);
    await expectArticleMarked(page);
    // The page's own report reaches the popup, which still shows.
    expect(
      (
        await eventually(
          () => popupStatus(session()),
          ({ status }) => status === 'reported',
        )
      ).buttons,
    ).toEqual([]);

    // Nothing lasting: no host permission, no registered script, so the next load is left alone.
    const after = await grants(session());
    expect(after.origins.filter((origin) => origin.includes('example.org'))).toEqual([]);
    expect(after.scripts.filter((script) => script.id.startsWith('backstory-site-'))).toEqual([]);
    await reloadQuietly(page);
    expect(await markTexts(page)).toEqual([]);
    // Firefox ends the activeTab grant with the page; Chromium keeps it across same-origin navigations
    // (it ends at the next cross-origin one), which lets the reader annotate the reloaded page again.
    if (browserName === 'firefox') expect(await canScript(session(), page)).toMatch(/^refused/);
  });
});

/**
 * "Enable on this site" asks for the site's origin with `permissions.request`, which must run in a
 * user's click and shows the browser's prompt. Firefox can be told to grant without the prompt, and a
 * click over WebDriver BiDi is trusted input; Chromium's prompt cannot be answered from a test.
 */
describe('firefox: a site not in the list, enabled from the popup', () => {
  const session = useBrowser('firefox', { grantPermissionRequests: true });

  it('asks for that one origin, marks the page and its reloads, and forgets the site when it is removed', async () => {
    const page = await openUnmarked(session(), ADDED);
    // As from the toolbar: the click lets the popup see the page's address (activeTab).
    await session().clickAction(page);
    await session().inActionPopup((popup) => popup?.defaultView?.close());

    // The same popup as a tab, where a click is trusted input and may ask for a permission.
    const popup = await session().openPopupFor(page);
    await popup.waitFor(() => document.querySelector('.popup__status')?.getAttribute('data-status') === 'not-running');
    const button = await popup.evaluate(() => {
      const found = [...document.querySelectorAll('button')].find((b) => b.textContent === 'Enable on this site');
      const box = found?.getBoundingClientRect();
      return box && { x: box.left + box.width / 2, y: box.top + box.height / 2 };
    });
    expect(button).toBeDefined();
    await popup.click(button!.x, button!.y);

    const granted = await eventually(
      () => grants(session()),
      ({ scripts }) => scripts.some((script) => script.id === 'backstory-site-added.example.org'),
    );
    expect(granted.origins).toEqual(
      expect.arrayContaining(['https://added.example.org/*', 'http://added.example.org/*']),
    );
    expect(granted.origins.filter((origin) => origin.includes('example.org'))).toHaveLength(2);
    expect(granted.scripts.find((script) => script.id === 'backstory-site-added.example.org')?.matches).toEqual([
      'https://added.example.org/*',
      'http://added.example.org/*',
    ]);
    // The page already open is annotated at once, and every load after that by the registered script.
    await marked(page);
    await expectArticleMarked(page);
    await page.reload();
    await marked(page);
    await expectArticleMarked(page);

    // Options lists the site with its permission; removing it takes both away.
    const options = await session().openOptions();
    await options.waitFor(() =>
      [...document.querySelectorAll('[data-list=added-sites] li')].some((li) =>
        li.textContent?.includes('added.example.org'),
      ),
    );
    await options.evaluate(() => {
      const item = [...document.querySelectorAll('[data-list=added-sites] li')].find((li) =>
        li.textContent?.includes('added.example.org'),
      );
      item!.querySelector('button')!.click();
    });
    await options.waitFor(() => document.querySelectorAll('[data-list=added-sites] li').length === 0);
    const removed = await grants(session());
    expect(removed.origins.filter((origin) => origin.includes('example.org'))).toEqual([]);
    expect(removed.scripts.filter((script) => script.id.startsWith('backstory-site-'))).toEqual([]);
    await reloadQuietly(page);
    expect(await markTexts(page)).toEqual([]);
    expect(await canScript(session(), page)).toMatch(/^refused/);
  });
});
