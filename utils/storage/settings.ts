import { storage } from 'wxt/utils/storage';
import { DEFAULT_SETTINGS, Settings } from './settings-schema';

/**
 * The reader's settings: one versioned item, validated on every read. A value that does not fit the
 * schema (corrupted, hand-edited, from a future version) is never used and never silently dropped:
 * the reader gets the defaults and a notice, and the odd value is kept aside until they save.
 */
export const settingsItem = storage.defineItem<unknown>('local:settings', {
  fallback: DEFAULT_SETTINGS,
  version: 1,
});

const setAsideItem = storage.defineItem<unknown>('local:settings-set-aside', { fallback: null });

export interface SettingsRead {
  settings: Settings;
  /** Set when the stored value was unusable and the defaults apply instead. */
  notice?: string;
}

export function parseSettings(raw: unknown): SettingsRead {
  const parsed = Settings.safeParse(raw);
  if (parsed.success) return { settings: parsed.data };
  const where = parsed.error.issues.map((issue) => issue.path.join('.') || '(root)').join(', ');
  return {
    settings: DEFAULT_SETTINGS,
    notice: `Your saved settings could not be read (${where}); the defaults apply until you save.`,
  };
}

export async function readSettings(): Promise<SettingsRead> {
  return parseSettings(await settingsItem.getValue());
}

/** Saves settings; an unreadable value it replaces is kept aside first, so nothing is lost. */
export async function saveSettings(next: Settings): Promise<void> {
  const current = await settingsItem.getValue();
  if (!Settings.safeParse(current).success) await setAsideItem.setValue(current);
  await settingsItem.setValue(Settings.parse(next));
}

export function watchSettings(onChange: (read: SettingsRead) => void): () => void {
  return settingsItem.watch((raw) => onChange(parseSettings(raw)));
}
