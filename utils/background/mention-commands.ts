/**
 * The reader's keyboard shortcuts for moving between marks (manifest `commands`, changeable in the
 * browser's shortcut settings): the background receives the command and tells the active tab's
 * content script to move.
 */
import { browser } from 'wxt/browser';
import { callTab } from '@/utils/messages/send';

export const MENTION_COMMANDS = { 'next-mention': 'next', 'previous-mention': 'previous' } as const;

export function forwardMentionCommands(): void {
  browser.commands.onCommand.addListener((command, tab) => {
    const direction = MENTION_COMMANDS[command as keyof typeof MENTION_COMMANDS];
    if (!direction) return;
    void (async () => {
      const tabId = tab?.id ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
      if (tabId !== undefined) await callTab(tabId, 'background/move-mention', { direction });
    })();
  });
}

/** The card's "show in the timeline": the popup, opened as a page on that tab's timeline at the entry. */
export async function showInTimeline(tabId: number | undefined, entryId: string): Promise<void> {
  const query = new URLSearchParams({ entry: entryId, ...(tabId !== undefined ? { tab: String(tabId) } : {}) });
  await browser.tabs.create({ url: `${browser.runtime.getURL('/popup.html')}?${query.toString()}#timeline` });
}
