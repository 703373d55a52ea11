import { describe, expect, it } from 'vitest';
import type { Browser } from 'wxt/browser';
import { EXPLAIN_MENU, menuAction, OPEN_READER_MENU } from './menus';

const click = (info: Partial<Browser.contextMenus.OnClickData>) =>
  ({ editable: false, menuItemId: '', ...info }) as Browser.contextMenus.OnClickData;
const tab = { id: 7, url: 'https://www.example-blog.org/post' } as Browser.tabs.Tab;

describe('context menu clicks', () => {
  it('opens the reader for the tab the menu was used on', () => {
    expect(menuAction(click({ menuItemId: OPEN_READER_MENU }), tab)).toEqual({ kind: 'open-reader', tabId: 7 });
    expect(menuAction(click({ menuItemId: OPEN_READER_MENU }), undefined)).toBeNull();
  });

  it('explains the selected text, with the page it came from', () => {
    expect(
      menuAction(click({ menuItemId: EXPLAIN_MENU, selectionText: 'Jens Stoltenberg', pageUrl: tab.url }), tab),
    ).toEqual({ kind: 'explain', tabId: 7, text: 'Jens Stoltenberg', pageUrl: 'https://www.example-blog.org/post' });
    expect(menuAction(click({ menuItemId: EXPLAIN_MENU, selectionText: '' }), tab)).toBeNull();
  });

  it('ignores items that are not its own', () => {
    expect(menuAction(click({ menuItemId: 'someone-else', selectionText: 'x' }), tab)).toBeNull();
  });
});
