import { browser, type Browser } from 'wxt/browser';

/**
 * The tab the popup describes. From the toolbar it is the active tab. Opened as a page of its own
 * (a tab, or from a test), it takes `?tab=<id>`, or else the tab the reader was on before.
 */
export async function findTargetTab(search = location.search): Promise<Browser.tabs.Tab | undefined> {
  const requested = Number(new URLSearchParams(search).get('tab'));
  if (Number.isInteger(requested) && requested > 0) return browser.tabs.get(requested).catch(() => undefined);

  const self = await browser.tabs.getCurrent().catch(() => undefined);
  const [active] = await browser.tabs.query({ active: true, currentWindow: true });
  if (!self || active?.id !== self.id) return active;

  const others = (await browser.tabs.query({ currentWindow: true })).filter((tab) => tab.id !== self.id);
  return others.sort((a, b) => (b.lastAccessed ?? 0) - (a.lastAccessed ?? 0))[0];
}

/** Pages no extension may touch: browser pages, stores, other extensions. */
export function isScriptablePage(url: string | undefined): boolean {
  if (!url) return false;
  if (!/^https?:/.test(url)) return false;
  return !/^https:\/\/(chromewebstore\.google\.com|chrome\.google\.com\/webstore|addons\.mozilla\.org)\//.test(url);
}
