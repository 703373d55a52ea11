/**
 * The background's part of the reader: take a snapshot of a tab (from its content script, or, on a
 * page without one, by running the same snapshot function once through `activeTab` + `scripting`),
 * keep it in session storage, and open the reader page on it next to the tab. "Explain with
 * Backstory" keeps the selected text instead.
 */
import { browser } from 'wxt/browser';
import { callTab } from '../messages/send';
import { isPageSnapshot, storeReaderSource, type ReaderSource } from './reader-sources';
import { snapshotPage, type PageSnapshot } from './snapshot';

/** Session storage holds about 10 MB; a page's markup past this many characters is refused. */
export const MAX_SNAPSHOT_CHARS = 3_000_000;

export class ReaderError extends Error {}

export async function openReaderFor(tabId: number): Promise<void> {
  const snapshot = await takeSnapshot(tabId);
  if (snapshot.html.length > MAX_SNAPSHOT_CHARS) throw new ReaderError('This page is too large for the reader.');
  await openReader({ kind: 'page', snapshot }, tabId);
}

export async function explainSelection(tabId: number | undefined, selectionText: string, pageUrl = ''): Promise<void> {
  // Through activeTab (the menu click grants it): the selection with its paragraph breaks, and the page's language.
  const page = tabId === undefined ? null : await readSelection(tabId);
  const text = page?.text.trim() ? page.text : selectionText;
  if (!text.trim()) throw new ReaderError('Nothing is selected.');
  await openReader(
    { kind: 'selection', text, url: page?.url ?? pageUrl, title: page?.title ?? '', lang: page?.lang ?? '' },
    tabId,
  );
}

async function takeSnapshot(tabId: number): Promise<PageSnapshot> {
  const reply = await callTab(tabId, 'background/snapshot-page', undefined);
  if (reply.ok && isPageSnapshot(reply.value)) return reply.value;
  try {
    const [injection] = await browser.scripting.executeScript({ target: { tabId }, func: snapshotPage });
    if (isPageSnapshot(injection?.result)) return injection.result;
  } catch {
    // No access to this tab: not a page Backstory runs on, and no activeTab grant.
  }
  throw new ReaderError('Backstory cannot read this page.');
}

/** Runs in the page (self-contained): what is selected, and where. */
function selectionInPage(): { text: string; url: string; title: string; lang: string } {
  return {
    text: globalThis.getSelection()?.toString() ?? '',
    url: location.href,
    title: document.title,
    lang: document.documentElement.getAttribute('lang') ?? '',
  };
}

async function readSelection(tabId: number): Promise<ReturnType<typeof selectionInPage> | null> {
  try {
    const [injection] = await browser.scripting.executeScript({ target: { tabId }, func: selectionInPage });
    return injection?.result ?? null;
  } catch {
    return null;
  }
}

async function openReader(source: ReaderSource, openerTabId: number | undefined): Promise<void> {
  const id = await storeReaderSource(source);
  const url = `${browser.runtime.getURL('/reader.html')}?${new URLSearchParams({ source: id }).toString()}`;
  const opener = openerTabId === undefined ? undefined : await browser.tabs.get(openerTabId).catch(() => undefined);
  await browser.tabs.create({
    url,
    ...(opener?.id !== undefined ? { openerTabId: opener.id, index: opener.index + 1, windowId: opener.windowId } : {}),
  });
}
