import type { PageReport } from '@/utils/messages/contract';
import { callTab } from '@/utils/messages/send';
import { isSamePage } from '@/utils/sites/same-page';

/** Asks a tab's page for its report: pages push only reports that show (see `content/page-report.ts`). */
async function askPage(tabId: number): Promise<PageReport | null> {
  const reply = await callTab(tabId, 'background/get-page-report', undefined);
  return reply.ok ? reply.value : null;
}

/**
 * What each tab's page last pushed (lives in memory: a page pushes again when it loads); for a tab
 * whose page pushed nothing, or nothing since its address changed, the page is asked.
 */
export function createPageReports(ask: (tabId: number) => Promise<PageReport | null> = askPage) {
  const byTab = new Map<number, PageReport>();
  return {
    remember: (tabId: number, report: PageReport) => void byTab.set(tabId, report),
    get: async (tabId: number): Promise<PageReport | null> => byTab.get(tabId) ?? (await ask(tabId)),
    forget: (tabId: number) => void byTab.delete(tabId),
    /** Whether the tab's remembered report is about the page at `url` (differing at most after the `#`). */
    isAbout: (tabId: number, url: string) => {
      const report = byTab.get(tabId);
      return report !== undefined && isSamePage(report.url, url);
    },
  };
}
