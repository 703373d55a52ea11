import { callBackground } from '@/utils/messages/send';
import type { PageReport } from '@/utils/messages/contract';
import { isBuiltInSite } from '@/utils/sites/added-sites';
import { readSettings } from '@/utils/storage/settings';
import { isSiteEnabled, type Settings } from '@/utils/storage/settings-schema';
import { findTargetTab, isScriptablePage } from './target-tab';

/** The tab the popup describes, as far as the popup may know it. */
export interface PopupTarget {
  tabId: number;
  /** Known on built-in news sites, added sites, and where the reader just opened the popup (activeTab). */
  hostname?: string;
  builtIn: boolean;
}

/** Everything the popup can say about the page it describes. */
export type PageStatus =
  | { kind: 'loading' }
  | { kind: 'unsupported' }
  | { kind: 'disabled'; settings: Settings }
  | { kind: 'site-off'; target: PopupTarget; settings: Settings }
  | { kind: 'not-running'; target: PopupTarget; settings: Settings }
  | { kind: 'reported'; target: PopupTarget; settings: Settings; report: PageReport };

export async function loadPageStatus(): Promise<PageStatus> {
  const { settings } = await readSettings();
  if (!settings.enabled) return { kind: 'disabled', settings };
  const tab = await findTargetTab();
  if (tab?.id === undefined) return { kind: 'unsupported' };
  if (tab.url !== undefined && !isScriptablePage(tab.url)) return { kind: 'unsupported' };
  const reply = await callBackground('ui/get-page-report', { tabId: tab.id });
  const report = reply.ok ? reply.value : null;
  // The tab's URL is visible with activeTab (a toolbar click); otherwise the content script's report has it.
  const url = tab.url ?? report?.url;
  const hostname = url ? new URL(url).hostname : undefined;
  const target: PopupTarget = { tabId: tab.id, hostname, builtIn: hostname !== undefined && isBuiltInSite(hostname) };
  if (hostname !== undefined && !isSiteEnabled(settings, hostname)) return { kind: 'site-off', target, settings };
  if (report) return { kind: 'reported', target, settings, report };
  return { kind: 'not-running', target, settings };
}
