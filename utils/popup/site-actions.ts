import { browser } from 'wxt/browser';
import { callBackground, callTab } from '@/utils/messages/send';
import { originPatterns } from '@/utils/sites/added-sites';
import { updateSettings } from '@/utils/storage/settings';
import { siteKey } from '@/utils/storage/settings-schema';

/** What the popup's controls do. Each returns when the change is stored; pages follow through settings. */

export function setSiteEnabled(hostname: string, enabled: boolean): Promise<void> {
  const key = siteKey(hostname);
  return updateSettings((settings) => ({
    ...settings,
    disabledSites: enabled
      ? settings.disabledSites.filter((site) => site !== key)
      : [...new Set([...settings.disabledSites, key])],
  }));
}

/**
 * Asks the browser for this one site. Must run in the click's handler (a user gesture). The
 * background registers the content script when the permission arrives, even if the popup has closed.
 */
export function requestSite(hostname: string): Promise<boolean> {
  return browser.permissions.request({ origins: originPatterns(hostname) });
}

export async function annotateOnce(tabId: number): Promise<boolean> {
  return (await callBackground('ui/annotate-once', { tabId })).ok;
}

export function unmuteHere(hostname: string, entryId: string): Promise<void> {
  const key = siteKey(hostname);
  return updateSettings((settings) => ({
    ...settings,
    mutedBySite: { ...settings.mutedBySite, [key]: (settings.mutedBySite[key] ?? []).filter((id) => id !== entryId) },
  }));
}

/** Scrolls the page to the entry's first mention and opens its card; false when the page does not mention it. */
export async function showOnPage(tabId: number, entryId: string): Promise<boolean> {
  const reply = await callTab(tabId, 'ui/show-entry', { entryId });
  return reply.ok && reply.value;
}
