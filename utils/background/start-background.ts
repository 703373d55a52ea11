import { browser } from 'wxt/browser';
import { handleBackgroundCalls } from '@/utils/messages/handle';
import { createPageReports } from './page-reports';
import { welcomeOnInstall } from './welcome';

/** Wires the background: page reports from content scripts, answers to the popup and options. */
export function startBackground(): void {
  welcomeOnInstall();
  const reports = createPageReports();
  browser.tabs.onRemoved.addListener((tabId) => reports.forget(tabId));
  handleBackgroundCalls({
    'content/page-report': (report, sender) => {
      if (sender.tab?.id !== undefined) reports.remember(sender.tab.id, report);
    },
    'ui/get-page-report': ({ tabId }) => reports.get(tabId),
    'ui/ping': () => ({ version: browser.runtime.getManifest().version }),
  });
}
