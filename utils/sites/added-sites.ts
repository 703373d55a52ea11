import { browser, type PublicPath } from 'wxt/browser';
import { CARD_SCRIPT_PATH, FULL_SCRIPT_PATH } from '@/utils/content/script-handoff';
import { siteKey } from '@/utils/storage/settings-schema';
import { CONTENT_SCRIPT_RUN_AT, NEWS_SITES } from './news-sites';

/**
 * Sites the reader enabled beyond the built-in news sites. The granted optional host permissions are
 * the one record of them: the content script is registered for exactly those, and removing a site
 * removes its permission.
 */
const REGISTRATION_PREFIX = 'backstory-site-';

export function originPatterns(hostname: string): string[] {
  return [`https://${hostname}/*`, `http://${hostname}/*`];
}

export function isBuiltInSite(hostname: string): boolean {
  const key = siteKey(hostname);
  return NEWS_SITES.some(({ domain }) => key === domain || key.endsWith(`.${domain}`));
}

/** Hostnames with a granted optional permission. */
export async function addedSites(): Promise<string[]> {
  const { origins = [] } = await browser.permissions.getAll();
  const hosts = origins
    .map((origin) => /^https?:\/\/([^/*]+)\/\*$/.exec(origin)?.[1])
    .filter((host): host is string => host !== undefined && !isBuiltInSite(host));
  return [...new Set(hosts)].sort();
}

/** The content script's built file; typed by WXT's list of public paths, so a rename fails the build. */
const CONTENT_SCRIPT: PublicPath = '/content-scripts/content.js';
/**
 * The card's UI and the second stage first: they are web-accessible only to the listed sites, so on
 * the others the content script finds them already there instead of importing them (see
 * `script-handoff.ts`).
 */
const contentScriptFiles = () => [CARD_SCRIPT_PATH, FULL_SCRIPT_PATH, CONTENT_SCRIPT];

let syncing: Promise<void> = Promise.resolve();

/**
 * Makes the registered content scripts match the granted permissions exactly. One run at a time, each
 * reading the state afresh: removing a site syncs, and so does the `permissions.onRemoved` that removal
 * fires; run side by side, both would unregister the same script and the second would fail.
 */
export function syncSiteRegistrations(): Promise<void> {
  const run = syncing.then(syncOnce, syncOnce);
  syncing = run.catch(() => undefined);
  return run;
}

async function syncOnce(): Promise<void> {
  const wanted = new Set((await addedSites()).map((host) => REGISTRATION_PREFIX + host));
  const registered = (await browser.scripting.getRegisteredContentScripts())
    .map((script) => script.id)
    .filter((id) => id.startsWith(REGISTRATION_PREFIX));
  const stale = registered.filter((id) => !wanted.has(id));
  if (stale.length) await browser.scripting.unregisterContentScripts({ ids: stale });
  const missing = [...wanted].filter((id) => !registered.includes(id));
  if (missing.length) {
    await browser.scripting.registerContentScripts(
      missing.map((id) => ({
        id,
        matches: originPatterns(id.slice(REGISTRATION_PREFIX.length)),
        js: contentScriptFiles(),
        runAt: CONTENT_SCRIPT_RUN_AT,
        persistAcrossSessions: true,
      })),
    );
  }
}

/** Runs the content script once in a tab (the reader chose "annotate this page once", or just enabled the site). */
export async function injectInto(tabId: number): Promise<void> {
  await browser.scripting.executeScript({ target: { tabId }, files: contentScriptFiles() });
}

/** After a site is granted: register it, and annotate the tabs already showing it. */
export async function onSitesGranted(origins: string[]): Promise<void> {
  await syncSiteRegistrations();
  const tabs = (await Promise.all(origins.map((origin) => browser.tabs.query({ url: origin })))).flat();
  // A tab that cannot take the script (discarded, closed meanwhile, showing an error) leaves the others marked.
  await Promise.allSettled(tabs.flatMap((tab) => (tab.id === undefined ? [] : [injectInto(tab.id)])));
}

export async function removeSite(hostname: string): Promise<void> {
  await browser.permissions.remove({ origins: originPatterns(hostname) });
  await syncSiteRegistrations();
}
