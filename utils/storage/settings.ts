import { storage } from 'wxt/utils/storage';
import { checkSettings, DEFAULT_SETTINGS, type Settings } from './settings-schema';
import { SETTINGS_MIGRATIONS, SETTINGS_VERSION } from './settings-migrations';

/**
 * The reader's settings: one versioned item, validated on every read. A value that does not fit the
 * schema (corrupted, hand-edited, from a future version) is never used as it is and never silently
 * dropped: the reader gets what can be read (or the defaults) and a notice, and the original value is
 * set aside before anything is written over it.
 */
function defineItems() {
  return {
    settings: storage.defineItem<unknown>('local:settings', {
      fallback: DEFAULT_SETTINGS,
      version: SETTINGS_VERSION,
      migrations: SETTINGS_MIGRATIONS,
    }),
    setAside: storage.defineItem<unknown>('local:settings-set-aside', { fallback: null }),
  };
}

/**
 * The items are defined on first use, not when this module loads: defining an item with migrations
 * reads storage at once, and the content script loads this module on every page, most of which
 * never need the settings (see `content/page-settings.ts`).
 */
let items: ReturnType<typeof defineItems> | null = null;
export const settingsItem = () => (items ??= defineItems()).settings;
const setAsideItem = () => (items ??= defineItems()).setAside;

export interface SettingsRead {
  settings: Settings;
  /** Set when the stored value was not usable as it is. */
  notice?: string;
}

export function parseSettings(raw: unknown, storedVersion = SETTINGS_VERSION): SettingsRead {
  const parsed = checkSettings(raw);
  if (storedVersion > SETTINGS_VERSION) {
    return {
      settings: parsed.success ? parsed.data : DEFAULT_SETTINGS,
      notice: `Your settings were saved by a newer version of Backstory (v${storedVersion}); they are kept, and this version reads what it can.`,
    };
  }
  if (parsed.success) return { settings: parsed.data };
  const where = parsed.issues.join(', ');
  return {
    settings: DEFAULT_SETTINGS,
    notice: `Your saved settings could not be read (${where}); the defaults apply until you save.`,
  };
}

async function storedVersion(): Promise<number> {
  const meta = (await settingsItem().getMeta()) as { v?: unknown };
  return typeof meta.v === 'number' ? meta.v : SETTINGS_VERSION;
}

export async function readSettings(): Promise<SettingsRead> {
  const [raw, version] = await Promise.all([settingsItem().getValue(), storedVersion()]);
  return parseSettings(raw, version);
}

/** Saves settings; a value it replaces that this version could not fully read is kept aside first. */
export async function saveSettings(next: Settings): Promise<void> {
  const [current, version] = await Promise.all([settingsItem().getValue(), storedVersion()]);
  const checked = checkSettings(next);
  if (!checked.success)
    throw new Error(`Backstory: refusing to save settings with bad values (${checked.issues.join(', ')})`);
  if (version > SETTINGS_VERSION || !checkSettings(current).success) await setAsideItem().setValue(current);
  await settingsItem().setValue(checked.data);
  if (version !== SETTINGS_VERSION) await settingsItem().setMeta({ v: SETTINGS_VERSION });
}

export async function updateSettings(change: (current: Settings) => Settings): Promise<void> {
  await saveSettings(change((await readSettings()).settings));
}

export function watchSettings(onChange: (read: SettingsRead) => void): () => void {
  return settingsItem().watch(() => void readSettings().then(onChange));
}
