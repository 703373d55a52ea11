import { browser } from 'wxt/browser';
import { handleBackgroundCalls } from '@/utils/messages/handle';
import { tellUi } from '@/utils/messages/send';
import { addedSites, injectInto, onSitesGranted, removeSite, syncSiteRegistrations } from '@/utils/sites/added-sites';
import { NEWS_SITES } from '@/utils/sites/news-sites';
import { registerReaderMenus } from '@/utils/reader/menus';
import { explainSelection, openReaderFor } from '@/utils/reader/open-reader';
import { showBadge } from './badge';
import { cardFor } from './card-views';
import { forwardMentionCommands, showInTimeline } from './mention-commands';
import { createPageReports } from './page-reports';
import { welcomeOnInstall } from './welcome';

/** Wires the background: page reports and the badge, the reader's sites, answers to the popup and options. */
export function startBackground(): void {
  welcomeOnInstall();
  forwardMentionCommands();
  registerReaderMenus();
  const reports = createPageReports();
  const forget = (tabId: number) => {
    reports.forget(tabId);
    // The tab may be gone by now: nothing to clear then.
    showBadge(tabId, null).catch(() => undefined);
  };
  browser.tabs.onRemoved.addListener((tabId) => reports.forget(tabId));
  // A prerendered or restored page takes a tab's place under a new id: the old id's report goes.
  browser.tabs.onReplaced.addListener((_added, removed) => reports.forget(removed));
  browser.tabs.onUpdated.addListener((tabId, change) => {
    // A move within the page (a `#` link) keeps its report and badge; its marks stay too.
    if (change.url !== undefined && !reports.isAbout(tabId, change.url)) forget(tabId);
  });

  browser.permissions.onAdded.addListener(({ origins = [] }) => void onSitesGranted(origins));
  browser.permissions.onRemoved.addListener(() => void syncSiteRegistrations());
  browser.runtime.onStartup.addListener(() => void syncSiteRegistrations());

  handleBackgroundCalls({
    'content/page-report': async (report, sender) => {
      const tabId = sender.tab?.id;
      if (tabId === undefined || sender.frameId) return;
      reports.remember(tabId, report);
      await showBadge(tabId, report);
      await tellUi('background/page-updated', { tabId });
    },
    'content/get-card': ({ entryId, lang }) => cardFor(entryId, lang),
    'content/show-in-timeline': ({ entryId }, sender) => showInTimeline(sender.tab?.id, entryId),
    'ui/get-page-report': ({ tabId }) => reports.get(tabId),
    'ui/ping': () => ({ version: browser.runtime.getManifest().version }),
    'ui/annotate-once': ({ tabId }) => injectInto(tabId),
    'ui/list-sites': async () => ({ builtIn: NEWS_SITES.map((site) => site.domain), added: await addedSites() }),
    'ui/remove-site': ({ hostname }) => removeSite(hostname),
    'ui/open-reader': ({ tabId }) => openReaderFor(tabId),
    'ui/explain-selection': ({ tabId, text, pageUrl }) => explainSelection(tabId, text, pageUrl),
  });
}
