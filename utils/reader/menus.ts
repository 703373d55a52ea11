/**
 * The page's context menu: "Open in annotated reader" on any web page, and "Explain with Backstory"
 * on selected text. A menu click grants `activeTab` for that tab, which is all either needs on a
 * site Backstory does not run on. Menus are created once, at install or update; the browser keeps
 * them across restarts of the background.
 */
import { browser, type Browser } from 'wxt/browser';
import { t } from '../i18n';
import { explainSelection, openReaderFor } from './open-reader';

export const OPEN_READER_MENU = 'backstory-open-reader';
export const EXPLAIN_MENU = 'backstory-explain-selection';
const WEB_PAGES = ['https://*/*', 'http://*/*'];

export type MenuAction =
  | { kind: 'open-reader'; tabId: number }
  | { kind: 'explain'; tabId: number | undefined; text: string; pageUrl: string };

/** What a click on one of the menus asks for; null for another extension's item or a click without a tab. */
export function menuAction(info: Browser.contextMenus.OnClickData, tab?: Browser.tabs.Tab): MenuAction | null {
  if (info.menuItemId === OPEN_READER_MENU)
    return tab?.id === undefined ? null : { kind: 'open-reader', tabId: tab.id };
  if (info.menuItemId === EXPLAIN_MENU && info.selectionText) {
    return { kind: 'explain', tabId: tab?.id, text: info.selectionText, pageUrl: info.pageUrl ?? tab?.url ?? '' };
  }
  return null;
}

export function runMenuAction(action: MenuAction): Promise<void> {
  return action.kind === 'open-reader'
    ? openReaderFor(action.tabId)
    : explainSelection(action.tabId, action.text, action.pageUrl);
}

export function registerReaderMenus(): void {
  browser.runtime.onInstalled.addListener(() => void createMenus());
  browser.contextMenus.onClicked.addListener((info, tab) => {
    const action = menuAction(info, tab);
    if (action) runMenuAction(action).catch((error: unknown) => console.warn('Backstory:', error));
  });
}

async function createMenus(): Promise<void> {
  await browser.contextMenus.removeAll();
  browser.contextMenus.create({
    id: OPEN_READER_MENU,
    title: t('menuOpenReader'),
    contexts: ['page'],
    documentUrlPatterns: WEB_PAGES,
  });
  browser.contextMenus.create({
    id: EXPLAIN_MENU,
    title: t('menuExplainSelection'),
    contexts: ['selection'],
    documentUrlPatterns: WEB_PAGES,
  });
}
