import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { storage } from 'wxt/utils/storage';
import { DEFAULT_SETTINGS } from './settings-schema';
import { readSettings, saveSettings, watchSettings } from './settings';

describe('settings', () => {
  beforeEach(() => fakeBrowser.reset());

  it('reads the defaults when nothing is stored', async () => {
    expect(await readSettings()).toEqual({ settings: DEFAULT_SETTINGS });
  });

  it('reads back what was saved', async () => {
    await saveSettings({ ...DEFAULT_SETTINGS, enabled: false });
    expect((await readSettings()).settings.enabled).toBe(false);
  });

  it('falls back to the defaults with a notice on a corrupted value, and keeps the value', async () => {
    await storage.setItem('local:settings', { enabled: 'yes please' });
    const read = await readSettings();
    expect(read.settings).toEqual(DEFAULT_SETTINGS);
    expect(read.notice).toMatch(/could not be read \(enabled\)/);
    expect(await storage.getItem('local:settings')).toEqual({ enabled: 'yes please' });
  });

  it('sets an unreadable value aside before saving over it', async () => {
    await storage.setItem('local:settings', 'garbage');
    await saveSettings(DEFAULT_SETTINGS);
    expect(await storage.getItem('local:settings-set-aside')).toBe('garbage');
    expect(await readSettings()).toEqual({ settings: DEFAULT_SETTINGS });
  });

  it('tells watchers about changes', async () => {
    const seen: boolean[] = [];
    const stop = watchSettings(({ settings }) => seen.push(settings.enabled));
    await saveSettings({ ...DEFAULT_SETTINGS, enabled: false });
    stop();
    expect(seen).toEqual([false]);
  });
});
