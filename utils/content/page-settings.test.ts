import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { saveSettings } from '../storage/settings';
import { DEFAULT_SETTINGS } from '../storage/settings-schema';
import { pageSettings } from './page-settings';

function fakeContext() {
  const cleanups: Array<() => void> = [];
  return {
    isInvalid: false,
    onInvalidated(cleanup: () => void) {
      cleanups.push(cleanup);
      return () => cleanups.splice(cleanups.indexOf(cleanup), 1);
    },
    invalidate() {
      this.isInvalid = true;
      for (const cleanup of cleanups) cleanup();
    },
  };
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 10));

describe("the page's settings, read on first need", () => {
  beforeEach(() => fakeBrowser.reset());

  it('stands in the defaults until read, then has the stored settings', async () => {
    await saveSettings({ ...DEFAULT_SETTINGS, markMode: 'every' });
    let changes = 0;
    const settings = pageSettings(fakeContext(), () => changes++);
    expect(settings.current()).toEqual(DEFAULT_SETTINGS);
    await Promise.all([settings.read(), settings.read()]);
    expect(settings.current().markMode).toBe('every');
    expect(changes).toBe(1);
  });

  it('follows changes once read, and stops following when the context goes', async () => {
    const ctx = fakeContext();
    let changes = 0;
    const settings = pageSettings(ctx, () => changes++);
    await saveSettings({ ...DEFAULT_SETTINGS, enabled: false });
    await tick();
    expect(changes).toBe(0);
    await settings.read();
    await saveSettings({ ...DEFAULT_SETTINGS, markStyle: 'dotted' });
    await tick();
    expect(settings.current().markStyle).toBe('dotted');
    expect(changes).toBe(2);
    ctx.invalidate();
    await saveSettings({ ...DEFAULT_SETTINGS, markStyle: 'highlight' });
    await tick();
    expect(settings.current().markStyle).toBe('dotted');
    expect(changes).toBe(2);
  });
});
