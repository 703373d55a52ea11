import type { PageReport } from '@/utils/messages/contract';

/** What each tab's content script last reported. Lives in memory: a page reports again when it loads. */
export function createPageReports() {
  const byTab = new Map<number, PageReport>();
  return {
    remember: (tabId: number, report: PageReport) => void byTab.set(tabId, report),
    get: (tabId: number): PageReport | null => byTab.get(tabId) ?? null,
    forget: (tabId: number) => void byTab.delete(tabId),
  };
}
