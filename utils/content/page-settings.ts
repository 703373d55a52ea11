/**
 * The reader's settings as the content script sees them: not read at start-up but when a page first
 * needs them (it got past the first look: most pages never do, and never touch storage), then
 * followed for changes. Until then the defaults stand in, and nothing that depends on the settings
 * (marks, cards) exists yet.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { readSettings, watchSettings } from '../storage/settings';
import { DEFAULT_SETTINGS, type Settings } from '../storage/settings-schema';

export interface PageSettings {
  /** The settings as last read (the defaults before the first read). */
  current(): Settings;
  /** Reads the settings the first time it is called (again after a failed read); later calls wait for that read. */
  read(): Promise<void>;
}

/** `onChange` runs after the first read and after every change, while `ctx` is valid. */
export function pageSettings(
  ctx: Pick<ContentScriptContext, 'isInvalid' | 'onInvalidated'>,
  onChange: () => void,
): PageSettings {
  let settings: Settings = DEFAULT_SETTINGS;
  let reading: Promise<void> | null = null;
  const take = (next: Settings) => {
    if (ctx.isInvalid) return;
    settings = next;
    onChange();
  };
  return {
    current: () => settings,
    read: () =>
      (reading ??= readSettings().then(
        (first) => {
          if (ctx.isInvalid) return;
          ctx.onInvalidated(watchSettings((changed) => take(changed.settings)));
          take(first.settings);
        },
        (error: unknown) => {
          reading = null;
          throw error;
        },
      )),
  };
}
