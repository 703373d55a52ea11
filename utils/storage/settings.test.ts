import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { storage } from 'wxt/utils/storage';
import { DEFAULT_SETTINGS } from './settings-schema';
import { readSettings, saveSettings, updateSettings, watchSettings } from './settings';

describe('settings', () => {
  beforeEach(() => fakeBrowser.reset());

  it('touches storage only once the settings are used (the content script loads this module on every page)', async () => {
    vi.resetModules();
    const get = vi.spyOn(fakeBrowser.storage.local, 'get');
    const fresh = await import('./settings');
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(get).not.toHaveBeenCalled();
    await fresh.readSettings();
    expect(get).toHaveBeenCalled();
    get.mockRestore();
  });

  it('reads the defaults when nothing is stored', async () => {
    expect(await readSettings()).toEqual({ settings: DEFAULT_SETTINGS });
  });

  it('reads back what was saved', async () => {
    await saveSettings({ ...DEFAULT_SETTINGS, enabled: false });
    expect((await readSettings()).settings.enabled).toBe(false);
  });

  it('updates one field and keeps the others', async () => {
    await saveSettings({ ...DEFAULT_SETTINGS, markMode: 'every' });
    await updateSettings((current) => ({ ...current, enabled: false }));
    expect((await readSettings()).settings).toMatchObject({ markMode: 'every', enabled: false });
  });

  it('falls back to the defaults with a notice on a corrupted value, and keeps the value', async () => {
    await storage.setItem('local:settings', { enabled: 'yes please' });
    const read = await readSettings();
    expect(read.settings).toEqual(DEFAULT_SETTINGS);
    expect(read.notice).toMatch(/could not be read \(enabled\)/);
    expect(await storage.getItem('local:settings')).toEqual({ enabled: 'yes please' });
  });

  it('keeps what it can of a partly corrupted value: one bad site does not turn the others back on', async () => {
    const stored = { enabled: 'yes please', markMode: 'every', disabledSites: ['reuters.com', 'not a site', 'dw.com'] };
    await storage.setItem('local:settings', stored);
    const read = await readSettings();
    expect(read.settings).toEqual({ ...DEFAULT_SETTINGS, markMode: 'every', disabledSites: ['reuters.com', 'dw.com'] });
    expect(read.notice).toMatch(/could not be read \(enabled, disabledSites\.1\)/);
    expect(read.notice).toMatch(/the rest still apply/);

    // A change from the popup or a card saves what was read, and the original is set aside first.
    await updateSettings((current) => ({ ...current, markStyle: 'dotted' }));
    expect(await storage.getItem('local:settings-set-aside')).toEqual(stored);
    expect(await readSettings()).toEqual({
      settings: {
        ...DEFAULT_SETTINGS,
        markMode: 'every',
        markStyle: 'dotted',
        disabledSites: ['reuters.com', 'dw.com'],
      },
    });
  });

  it('says how many more parts were bad instead of listing hundreds', async () => {
    await storage.setItem('local:settings', { disabledSites: Array.from({ length: 300 }, (_, k) => `bad site ${k}`) });
    const { notice } = await readSettings();
    expect(notice).toMatch(/disabledSites\.4 and 295 more/);
    expect(notice!.length).toBeLessThan(300);
  });

  it('reads a value whose recorded version is not a version as the first version, and ends', async () => {
    for (const v of [Number.NEGATIVE_INFINITY, -1e12, 1.5, 'two']) {
      await storage.setItem('local:settings', { enabled: false });
      await storage.setMeta('local:settings', { v });
      expect(await readSettings()).toEqual({ settings: { ...DEFAULT_SETTINGS, enabled: false } });
      await saveSettings({ ...DEFAULT_SETTINGS, markMode: 'every' });
      expect(await storage.getMeta('local:settings')).toEqual({ v: 2 });
    }
  });

  it('sets an unreadable value aside before saving over it', async () => {
    await storage.setItem('local:settings', 'garbage');
    await saveSettings(DEFAULT_SETTINGS);
    expect(await storage.getItem('local:settings-set-aside')).toBe('garbage');
    expect(await readSettings()).toEqual({ settings: DEFAULT_SETTINGS });
  });

  it('reads what it can from a future version, says so, and keeps the original when saving', async () => {
    const future = { ...DEFAULT_SETTINGS, enabled: false, shinyNewThing: { a: 1 } };
    await storage.setItem('local:settings', future);
    await storage.setMeta('local:settings', { v: 7 });
    const read = await readSettings();
    expect(read.settings.enabled).toBe(false);
    expect(read.notice).toMatch(/newer version of Backstory \(v7\)/);

    await saveSettings(read.settings);
    expect(await storage.getItem('local:settings-set-aside')).toEqual(future);
    expect(await readSettings()).toEqual({ settings: { ...DEFAULT_SETTINGS, enabled: false } });
  });

  it('tells watchers that a value from a newer version was saved over, without the notice', async () => {
    await storage.setItem('local:settings', { ...DEFAULT_SETTINGS, shinyNewThing: 1 });
    await storage.setMeta('local:settings', { v: 7 });
    expect((await readSettings()).notice).toMatch(/newer version/);
    const seen: Array<string | undefined> = [];
    const stop = watchSettings((read) => seen.push(read.notice));
    await saveSettings({ ...DEFAULT_SETTINGS, enabled: false });
    await new Promise((resolve) => setTimeout(resolve, 10));
    stop();
    expect(seen).toEqual([undefined]);
  });

  it('tells watchers about changes', async () => {
    const seen: boolean[] = [];
    const stop = watchSettings(({ settings }) => seen.push(settings.enabled));
    await saveSettings({ ...DEFAULT_SETTINGS, enabled: false });
    await new Promise((resolve) => setTimeout(resolve, 10));
    stop();
    expect(seen).toEqual([false]);
  });

  it('reads the 0.1.0 shape migrated, and writes it migrated only when saving', async () => {
    await storage.setItem('local:settings', { enabled: false, markMode: 'every' });
    expect(await readSettings()).toEqual({ settings: { ...DEFAULT_SETTINGS, enabled: false, markMode: 'every' } });
    expect(await storage.getItem('local:settings')).toEqual({ enabled: false, markMode: 'every' });
    await updateSettings((settings) => ({ ...settings, markStyle: 'dotted' }));
    expect(await storage.getItem('local:settings')).toEqual({
      ...DEFAULT_SETTINGS,
      enabled: false,
      markMode: 'every',
      markStyle: 'dotted',
    });
    expect(await storage.getMeta('local:settings')).toEqual({ v: 2 });
  });
});
