import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { isBuiltInSite, onSitesGranted, originPatterns, removeSite, syncSiteRegistrations } from './added-sites';

describe('added sites', () => {
  it('asks for one host over https and http, nothing wider', () => {
    expect(originPatterns('www.example-news.org')).toEqual([
      'https://www.example-news.org/*',
      'http://www.example-news.org/*',
    ]);
  });

  it('tells built-in news sites (and their subdomains) from others', () => {
    expect(isBuiltInSite('www.reuters.com')).toBe(true);
    expect(isBuiltInSite('edition.cnn.com')).toBe(true);
    expect(isBuiltInSite('notreuters.com')).toBe(false);
    expect(isBuiltInSite('example-news.org')).toBe(false);
  });
});

describe('registrations for added sites', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.restoreAllMocks();
  });

  /** The browser's side, as the real ones behave: an unknown or duplicate id is an error. */
  function modelBrowser(origins: string[]) {
    const registered = new Map<string, string[]>();
    const later = () => new Promise((resolve) => setTimeout(resolve, 1));
    vi.spyOn(fakeBrowser.permissions, 'getAll').mockImplementation(async () => ({ origins: [...origins] }));
    vi.spyOn(fakeBrowser.permissions, 'remove').mockImplementation(async ({ origins: gone = [] }) => {
      origins.splice(0, origins.length, ...origins.filter((origin) => !gone.includes(origin)));
      return true;
    });
    vi.spyOn(fakeBrowser.scripting, 'getRegisteredContentScripts').mockImplementation(async () => {
      await later();
      return [...registered].map(([id, matches]) => ({ id, matches }));
    });
    vi.spyOn(fakeBrowser.scripting, 'registerContentScripts').mockImplementation(async (scripts) => {
      await later();
      for (const { id, matches = [] } of scripts) {
        if (registered.has(id)) throw new Error(`Duplicate script ID '${id}'`);
        registered.set(id, matches);
      }
    });
    vi.spyOn(fakeBrowser.scripting, 'unregisterContentScripts').mockImplementation(async (filter) => {
      await later();
      for (const id of filter?.ids ?? []) {
        if (!registered.delete(id)) throw new Error(`Content script with id "${id}" does not exist.`);
      }
    });
    return registered;
  }

  it('registers the content script for each granted site beyond the built-in ones', async () => {
    const registered = modelBrowser([...originPatterns('notes.example.org'), 'https://*.reuters.com/*']);
    await syncSiteRegistrations();
    expect([...registered]).toEqual([
      ['backstory-site-notes.example.org', ['https://notes.example.org/*', 'http://notes.example.org/*']],
    ]);
  });

  it('removes a site cleanly while the permission-removed event syncs at the same time', async () => {
    const registered = modelBrowser(originPatterns('notes.example.org'));
    await syncSiteRegistrations();
    // What the background does: the removal itself, and its `permissions.onRemoved` listener.
    await expect(Promise.all([removeSite('notes.example.org'), syncSiteRegistrations()])).resolves.toBeDefined();
    expect([...registered]).toEqual([]);
  });

  it('registers a granted site once when two syncs overlap', async () => {
    const registered = modelBrowser(originPatterns('notes.example.org'));
    await expect(Promise.all([syncSiteRegistrations(), syncSiteRegistrations()])).resolves.toBeDefined();
    expect([...registered.keys()]).toEqual(['backstory-site-notes.example.org']);
  });

  it('annotates every open tab of a granted site, even when one of them cannot take the script', async () => {
    modelBrowser(originPatterns('notes.example.org'));
    vi.spyOn(fakeBrowser.tabs, 'query').mockImplementation(async ({ url }) =>
      url === 'https://notes.example.org/*' ? [{ id: 1 }, { id: 2 }, { id: 3 }].map((tab) => tab as never) : [],
    );
    const injected: number[] = [];
    vi.spyOn(fakeBrowser.scripting, 'executeScript').mockImplementation(async ({ target }) => {
      if (target.tabId === 1) throw new Error('Frame with ID 0 was removed.');
      injected.push(target.tabId);
      return [];
    });
    await onSitesGranted(originPatterns('notes.example.org'));
    expect(injected.sort()).toEqual([2, 3]);
  });
});
