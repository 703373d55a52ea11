import { randomUUID } from 'node:crypto';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { closePopups, popupExpression, popupShown } from './action-popup';
import { findBrowser } from './find-browser';
import type { FixtureRoutes } from './routes';
import type { ExtensionTabsApi, LaunchedBrowser, SeenRequest, TestPage } from './types';

export interface FirefoxOptions {
  extensionDir: string;
  /** The add-on id from the manifest's `browser_specific_settings.gecko.id`. */
  addonId: string;
  routes: FixtureRoutes;
  headless?: boolean;
  colorScheme?: 'light' | 'dark';
  initScripts?: string[];
  /** `permissions.request` grants without showing its prompt, as if the reader accepted it. */
  grantPermissionRequests?: boolean;
}

/**
 * Firefox ESR with the built extension installed over WebDriver BiDi (puppeteer-core).
 *
 * BiDi may not navigate to `moz-extension:` pages, but it may script them: the extension opens its
 * welcome page on install, and the harness drives that tab to the popup or options page from inside.
 * The add-on's internal UUID is fixed through a pref so the pages' URLs are known.
 */
export async function launchFirefox(options: FirefoxOptions): Promise<LaunchedBrowser & { browser: Browser }> {
  const uuid = randomUUID();
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: findBrowser('firefox'),
    headless: options.headless ?? true,
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [options.addonId]: uuid }),
      // 0 = dark, 1 = light: what `prefers-color-scheme` says in pages.
      'layout.css.prefers-color-scheme.content-override': options.colorScheme === 'dark' ? 0 : 1,
      ...(options.grantPermissionRequests ? { 'extensions.webextOptionalPermissionPrompts': false } : {}),
    },
  });
  const extensionOrigin = `moz-extension://${uuid}`;
  await browser.installExtension(options.extensionDir);
  const extensionPage = await findPageAt(browser, `${extensionOrigin}/options.html`);
  const { routes } = options;
  const open = new Set<Page>();
  const pageOf = new WeakMap<TestPage, Page>();
  const seen: SeenRequest[] = [];

  // Marks the old document so the wait below only ends in the new one, even when the URL is the same.
  const goInside = async (path: string): Promise<TestPage> => {
    await extensionPage.evaluate((href) => {
      (window as { leaving?: boolean }).leaving = true;
      location.href = href;
    }, `${extensionOrigin}${path}`);
    await extensionPage.waitForFunction(
      (href) =>
        !(window as { leaving?: boolean }).leaving && location.href === href && document.readyState === 'complete',
      { timeout: 10_000 },
      `${extensionOrigin}${path}`,
    );
    return puppeteerPage(
      extensionPage,
      () => `${extensionOrigin}${path}`,
      async () => void (await goInside(path)),
    );
  };

  return {
    name: 'firefox',
    browser,
    route: (url, fixture) => routes.add(url, fixture),
    async open(url) {
      const page = await browser.newPage();
      await page.setRequestInterception(true);
      page.on('request', (request) => {
        seen.push({ url: request.url(), from: request.frame()?.url() ?? 'unknown', at: Date.now() });
        void answer(routes, request);
      });
      const errors: string[] = [];
      errorsOf.set(page, errors);
      page.on('pageerror', (error) => errors.push(String((error as Error).stack ?? error)));
      page.on('console', (message) => {
        if (message.type() === 'error' || message.type() === 'assert')
          errors.push(`console.${message.type()}: ${message.text()} @ ${message.location().url ?? ''}`);
      });
      for (const source of options.initScripts ?? []) await page.evaluateOnNewDocument(source);
      open.add(page);
      page.on('close', () => open.delete(page));
      await page.goto(url);
      const handle = puppeteerPage(page);
      pageOf.set(handle, page);
      return handle;
    },
    async openPopupFor(target, query = '') {
      // Opened as a tab, the popup describes the tab the reader was on last: visit the target first.
      await pageOf.get(target)?.bringToFront();
      await extensionPage.bringToFront();
      return goInside(`/popup.html${query}`);
    },
    openOptions: () => goInside('/options.html'),
    async clickAction(target) {
      await extensionPage.evaluate(closePopups);
      await pageOf.get(target)?.bringToFront();
      // A click in the extension's own (background) tab is trusted input, and `action.openPopup()` called
      // while handling it takes the toolbar button's path: activeTab for the selected tab, then the popup.
      await extensionPage.evaluate(() => {
        const { browser } = globalThis as unknown as { browser: { action: { openPopup(): Promise<void> } } };
        (window as { actionClicked?: Promise<string> }).actionClicked = new Promise((resolve) => {
          const onClick = (event: Event) => {
            event.preventDefault();
            event.stopPropagation();
            browser.action.openPopup().then(
              () => resolve('opened'),
              (error: unknown) => resolve(String(error)),
            );
          };
          window.addEventListener('click', onClick, { capture: true, once: true });
        });
      });
      await extensionPage.mouse.click(1, 1);
      const outcome = await extensionPage.evaluate(() => (window as { actionClicked?: Promise<string> }).actionClicked);
      if (outcome !== 'opened') throw new Error(`clickAction: the popup did not open (${outcome})`);
      await extensionPage.waitForFunction(popupShown, { timeout: 10_000 });
    },
    inActionPopup: (fn, arg) => extensionPage.evaluate(popupExpression(fn, arg)) as never,
    inExtension: (fn, arg) => extensionPage.evaluate(fn as never, arg as never) as never,
    async sendToTab(target, message) {
      // Several tabs may show the same address: the target, brought forward, is the active one.
      await pageOf.get(target)?.bringToFront();
      return extensionPage.evaluate(
        async (url, envelope) => {
          const api = (globalThis as unknown as { browser: ExtensionTabsApi }).browser;
          const tabs = await api.tabs.query({ url: url.split('#')[0] });
          const tab = tabs.find((candidate) => candidate.active) ?? tabs.at(-1);
          return tab?.id === undefined ? undefined : api.tabs.sendMessage(tab.id, envelope, { frameId: 0 });
        },
        target.url(),
        message as never,
      );
    },
    async reloadExtension() {
      await extensionPage
        .evaluate(() => {
          const { browser } = globalThis as unknown as { browser: { runtime: { reload(): void } } };
          setTimeout(() => browser.runtime.reload(), 0);
        })
        .catch(() => undefined);
      await new Promise((resolve) => setTimeout(resolve, 2000));
    },
    refusedRequests: () => routes.refused,
    requests: () => seen,
    pages: () => [...open].map((page) => puppeteerPage(page)),
    waitForClose: () => new Promise((resolve) => browser.once('disconnected', () => resolve())),
    close: () => browser.close(),
  };
}

async function answer(routes: FixtureRoutes, request: import('puppeteer-core').HTTPRequest): Promise<void> {
  const url = request.url();
  if (routes.isLocal(url) || !/^https?:/.test(url)) return request.continue();
  const routed = await routes.respond(url);
  if (routed) return request.respond({ status: routed.status, headers: routed.headers, body: routed.body });
  routes.refuse(url);
  return request.abort('blockedbyclient');
}

/** Puppeteer reports `about:blank` for extension pages; ask each page where it is. */
async function findPageAt(browser: Browser, href: string, timeoutMs = 10_000): Promise<Page> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    for (const page of await browser.pages()) {
      const at = await page.evaluate(() => location.href).catch(() => '');
      if (at.startsWith(href)) return page;
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`the extension did not open ${href} on install`);
}

function puppeteerPage(
  page: Page,
  url: () => string = () => page.url(),
  reload = async () => void (await page.reload()),
): TestPage {
  return {
    url,
    reload,
    evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never,
    waitFor: async (fn, arg, timeoutMs = 10_000) => {
      await page.waitForFunction(fn as never, { timeout: timeoutMs }, arg);
    },
    screenshot: async (path) => {
      await page.screenshot({ path: path as `${string}.png` });
    },
    mouseMove: (x, y) => page.mouse.move(x, y),
    click: (x, y) => page.mouse.click(x, y),
    tap: (x, y) => page.touchscreen.tap(x, y),
    resize: (width, height) => page.setViewport({ width, height }),
    press: (key) => page.keyboard.press(key as never),
    bringToFront: () => page.bringToFront(),
    errors: () => errorsOf.get(page) ?? [],
  };
}

const errorsOf = new WeakMap<Page, string[]>();
