import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { closePopups, popupExpression, popupShown } from './action-popup';
import { CHROMIUM_QUIET_FLAGS, findBrowser } from './find-browser';
import type { FixtureRoutes } from './routes';
import type { ExtensionTabsApi, LaunchedBrowser, SeenRequest, TestPage } from './types';

export interface ChromiumOptions {
  extensionDir: string;
  routes: FixtureRoutes;
  headless?: boolean;
  viewport?: { width: number; height: number };
  colorScheme?: 'light' | 'dark';
  hasTouch?: boolean;
  initScripts?: string[];
}

/** Chromium with the built extension loaded unpacked (playwright-core, persistent profile). */
export async function launchChromium(options: ChromiumOptions): Promise<LaunchedBrowser & { context: BrowserContext }> {
  const profile = await mkdtemp(join(tmpdir(), 'backstory-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: findBrowser('chromium'),
    headless: options.headless ?? true,
    viewport: options.viewport ?? { width: 1280, height: 900 },
    colorScheme: options.colorScheme ?? 'light',
    hasTouch: options.hasTouch ?? false,
    args: [
      ...CHROMIUM_QUIET_FLAGS,
      `--disable-extensions-except=${options.extensionDir}`,
      `--load-extension=${options.extensionDir}`,
      // The DevTools protocol's `Extensions` domain: `triggerAction` clicks the toolbar button.
      '--enable-unsafe-extension-debugging',
    ],
  });
  const { routes } = options;
  for (const content of options.initScripts ?? []) await context.addInitScript({ content });
  await context.route('**/*', async (route) => {
    const url = route.request().url();
    if (routes.isLocal(url) || !/^https?:/.test(url)) return route.continue();
    const routed = await routes.respond(url);
    if (routed) return route.fulfill({ status: routed.status, headers: routed.headers, body: routed.body });
    routes.refuse(url);
    return route.abort('blockedbyclient');
  });

  const seen: SeenRequest[] = [];
  context.on('request', (request) => seen.push({ url: request.url(), from: requester(request), at: Date.now() }));

  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  // Node's URL gives `chrome-extension:` URLs an opaque origin, so cut the origin out by hand.
  const extensionOrigin = worker.url().split('/').slice(0, 3).join('/');
  const extensionId = extensionOrigin.split('//')[1]!;
  // The extension opens its welcome tab on install. Wait for it: opening late, it would take the
  // focus (and be the "last tab") from a page a test has just brought forward.
  for (let waited = 0; waited < 5000; waited += 100) {
    if (context.pages().some((page) => page.url().startsWith(`${extensionOrigin}/`))) break;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  const open = new Set<Page>();
  const pageOf = new WeakMap<TestPage, Page>();
  const openAt = async (url: string) => {
    const page = await context.newPage();
    open.add(page);
    page.on('close', () => open.delete(page));
    await recordErrors(context, page);
    await page.goto(url);
    const handle = playwrightPage(page);
    pageOf.set(handle, page);
    return handle;
  };

  // An extension page to reach the toolbar popup from: the welcome tab, or options opened for the purpose.
  const insideExtension = async (): Promise<Page> => {
    const found = context.pages().find((page) => page.url().startsWith(`${extensionOrigin}/`));
    if (found) return found;
    const page = await context.newPage();
    await page.goto(`${extensionOrigin}/options.html`);
    return page;
  };

  return {
    name: 'chromium',
    context,
    route: (url, fixture) => routes.add(url, fixture),
    open: openAt,
    async openPopupFor(target, query = '') {
      // Opened as a tab, the popup describes the tab named by `?tab=`, else the one the reader was on last.
      // Name it: the welcome tab the extension opens on install can be "last" if it opens late.
      await pageOf.get(target)?.bringToFront();
      if (/[?&]tab=/.test(query)) return openAt(`${extensionOrigin}/popup.html${query}`);
      const tabId = await worker.evaluate(async () => {
        const api = (globalThis as unknown as { chrome: ExtensionTabsApi }).chrome;
        const [tab] = await api.tabs.query({ active: true, lastFocusedWindow: true });
        return tab?.id;
      });
      const [search = '', hash] = query.split('#');
      const withTab = tabId === undefined ? search : `${search}${search ? '&' : '?'}tab=${tabId}`;
      return openAt(`${extensionOrigin}/popup.html${withTab}${hash === undefined ? '' : `#${hash}`}`);
    },
    openOptions: () => openAt(`${extensionOrigin}/options.html`),
    async clickAction(target) {
      const inside = await insideExtension();
      await inside.evaluate(closePopups);
      const page = pageOf.get(target);
      if (!page) throw new Error('clickAction: not a page this session opened');
      await page.bringToFront();
      // The action runs on a tab target (not the page target Playwright knows): the active tab at this URL.
      const cdp = await context.browser()!.newBrowserCDPSession();
      try {
        const { targetInfos } = (await cdp.send('Target.getTargets', { filter: [{ type: 'tab' }] } as never)) as {
          targetInfos: Array<{ targetId: string; url: string; embedderData?: { tabActive?: boolean } }>;
        };
        const tabs = targetInfos.filter((tab) => tab.url === page.url() && tab.embedderData?.tabActive);
        if (tabs.length !== 1) throw new Error(`clickAction: ${tabs.length} active tabs at ${page.url()}`);
        await cdp.send('Extensions.triggerAction' as never, { id: extensionId, targetId: tabs[0]!.targetId } as never);
      } finally {
        await cdp.detach();
      }
      await inside.waitForFunction(popupShown, undefined, { timeout: 10_000 });
    },
    async inActionPopup(fn, arg) {
      return (await insideExtension()).evaluate(popupExpression(fn, arg)) as never;
    },
    inExtension: (fn, arg) => worker.evaluate(fn as never, arg) as never,
    async sendToTab(target, message) {
      // Without the `tabs` permission tabs have no URL here: find the page as the active tab instead.
      await pageOf.get(target)?.bringToFront();
      return worker.evaluate(async (envelope) => {
        const api = (globalThis as unknown as { chrome: ExtensionTabsApi }).chrome;
        const [tab] = await api.tabs.query({ active: true, lastFocusedWindow: true });
        return tab?.id === undefined ? undefined : api.tabs.sendMessage(tab.id, envelope, { frameId: 0 });
      }, message);
    },
    async reloadExtension() {
      // The worker goes away mid-call, so the reload is scheduled rather than awaited.
      await worker.evaluate(() => {
        const { chrome } = globalThis as unknown as { chrome: { runtime: { reload(): void } } };
        setTimeout(() => chrome.runtime.reload(), 0);
      });
      await new Promise((resolve) => setTimeout(resolve, 1000));
    },
    refusedRequests: () => routes.refused,
    requests: () => seen,
    pages: () => [...open].map((page) => playwrightPage(page)),
    waitForClose: () => new Promise((resolve) => context.once('close', () => resolve())),
    async close() {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}

function playwrightPage(page: Page): TestPage {
  return {
    url: () => page.url(),
    evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never,
    waitFor: async (fn, arg, timeoutMs = 10_000) => {
      await page.waitForFunction(fn as never, arg, { timeout: timeoutMs });
    },
    reload: async () => {
      await page.reload();
    },
    screenshot: async (path) => {
      await page.screenshot({ path });
    },
    mouseMove: (x, y) => page.mouse.move(x, y),
    click: (x, y) => page.mouse.click(x, y),
    tap: (x, y) => page.touchscreen.tap(x, y),
    resize: (width, height) => page.setViewportSize({ width, height }),
    press: (key) => page.keyboard.press(key),
    bringToFront: () => page.bringToFront(),
    errors: () => errorsOf.get(page) ?? [],
  };
}

function requester(request: import('playwright-core').Request): string {
  const worker = request.serviceWorker();
  if (worker) return `service-worker ${worker.url()}`;
  try {
    return request.frame().url();
  } catch {
    return 'unknown';
  }
}

const errorsOf = new WeakMap<Page, string[]>();

/**
 * Uncaught exceptions and console errors from every world in the page, the content script's too, with
 * the URL of the script (CDP `Runtime`; Playwright's own events cover the main world only).
 */
async function recordErrors(context: BrowserContext, page: Page): Promise<void> {
  const errors: string[] = [];
  errorsOf.set(page, errors);
  const cdp = await context.newCDPSession(page);
  cdp.on('Runtime.exceptionThrown', ({ exceptionDetails: details }) => {
    const where = details.url ?? details.stackTrace?.callFrames[0]?.url ?? '';
    errors.push(`${details.exception?.description ?? details.text} @ ${where}`);
  });
  cdp.on('Runtime.consoleAPICalled', (event) => {
    if (event.type !== 'error' && event.type !== 'assert') return;
    const text = event.args.map((arg) => arg.description ?? String(arg.value)).join(' ');
    errors.push(`console.${event.type}: ${text} @ ${event.stackTrace?.callFrames[0]?.url ?? ''}`);
  });
  await cdp.send('Runtime.enable');
}
