import { callBackground } from '@/utils/messages/send';
import type { PageReport } from '@/utils/messages/contract';
import { readSettings } from '@/utils/storage/settings';
import { findTargetTab, isScriptablePage } from './target-tab';

/** Everything the popup can say about the page it describes. */
export type PageStatus =
  | { kind: 'loading' }
  | { kind: 'disabled' }
  | { kind: 'unsupported' }
  | { kind: 'not-running' }
  | { kind: 'reported'; tabId: number; report: PageReport };

export async function loadPageStatus(): Promise<PageStatus> {
  const { settings } = await readSettings();
  if (!settings.enabled) return { kind: 'disabled' };
  const tab = await findTargetTab();
  if (tab?.id === undefined) return { kind: 'unsupported' };
  const reply = await callBackground('ui/get-page-report', { tabId: tab.id });
  if (reply.ok && reply.value) return { kind: 'reported', tabId: tab.id, report: reply.value };
  if (tab.url !== undefined && !isScriptablePage(tab.url)) return { kind: 'unsupported' };
  return { kind: 'not-running' };
}
