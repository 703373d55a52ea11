import { browser } from 'wxt/browser';

/** On first install, open the settings page with a short welcome: what Backstory does and does not do. */
export function welcomeOnInstall(): void {
  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason === 'install') void browser.tabs.create({ url: browser.runtime.getURL('/options.html#welcome') });
  });
}
