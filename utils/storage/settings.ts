import { storage } from 'wxt/utils/storage';
import { checkSettings, DEFAULT_SETTINGS, salvageSettings, type Settings } from './settings-schema';
import { SETTINGS_MIGRATIONS, SETTINGS_VERSION } from './settings-migrations';

/**
 * The reader's settings: one versioned value, validated on every read. A value that does not fit the
 * schema (corrupted, hand-edited, from a future version) is never used as it is and never silently
 * dropped: the reader gets what can be read (each bad part left out, see `salvageSettings`) and a
 * notice, and the original value is set aside before anything is written over it.
 *
 * Read and written through the storage keys, not a WXT item with migrations: defining such an item
 * reads storage at once, and the content script loads this module on every page, most of which never
 * need the settings (see `content/page-settings.ts`). A value an older version stored is migrated in
 * memory when read, and written in this version's shape when next saved.
 */
const SETTINGS_KEY = 'local:settings';
const SET_ASIDE_KEY = 'local:settings-set-aside';

export interface SettingsRead {
  settings: Settings;
  /** Set when the stored value was not usable as it is. */
  notice?: string;
}

export function parseSettings(raw: unknown, storedVersion = SETTINGS_VERSION): SettingsRead {
  const checked = checkSettings(raw);
  const newer = storedVersion > SETTINGS_VERSION;
  if (checked.success && !newer) return { settings: checked.data };
  const { data, issues } = checked.success ? { data: checked.data, issues: [] } : salvageSettings(raw);
  const kept = 'a copy of them as they are is kept when settings are next saved.';
  if (newer)
    return {
      settings: data,
      notice: `Your settings were saved by a newer version of Backstory (v${storedVersion}); this version uses what it understands of them, and ${kept}`,
    };
  if (issues[0] === '(root)')
    return { settings: data, notice: `Your saved settings could not be read at all: the defaults apply, and ${kept}` };
  return {
    settings: data,
    notice: `Some of your saved settings could not be read (${listed(issues)}): those parts take their defaults, the rest still apply, and ${kept}`,
  };
}

/** The first few paths of what was wrong, and how many more. */
function listed(issues: string[], shown = 5): string {
  const more = issues.length - shown;
  return more > 0 ? `${issues.slice(0, shown).join(', ')} and ${more} more` : issues.join(', ');
}

/** A value an older version stored, brought to this version's shape in memory (`saveSettings` writes it so). */
function upToDate(raw: unknown, storedVersion: number): unknown {
  let value = raw;
  for (let next = storedVersion + 1; next <= SETTINGS_VERSION; next++)
    value = SETTINGS_MIGRATIONS[next]?.(value) ?? value;
  return value;
}

interface Stored {
  raw: unknown;
  /** The version of the shape it was stored in (a value stored without one is the first version's, as WXT's migrations read it). */
  version: number;
}

/** One round trip: the content script reads the settings while it analyses a page, and waits delay the marks. */
async function readStored(): Promise<Stored> {
  const [raw, meta] = await Promise.all([
    storage.getItem<unknown>(SETTINGS_KEY),
    storage.getMeta<{ v?: unknown }>(SETTINGS_KEY),
  ]);
  return { raw, version: storedVersion(meta.v, raw) };
}

/**
 * The version a value was stored in: the first version's where none is recorded (as WXT's migrations
 * read it), or where what is recorded is not a version at all (a corrupted `-Infinity` would keep the
 * migrations from ever finishing). Nothing stored is this version's.
 */
function storedVersion(recorded: unknown, raw: unknown): number {
  if (raw === null) return SETTINGS_VERSION;
  return Number.isSafeInteger(recorded) && (recorded as number) >= 1 ? (recorded as number) : 1;
}

export async function readSettings(): Promise<SettingsRead> {
  const { raw, version } = await readStored();
  if (raw === null) return { settings: DEFAULT_SETTINGS };
  return parseSettings(upToDate(raw, version), version);
}

/** Saves settings; a value it replaces that this version could not fully read is kept aside first. */
export async function saveSettings(next: Settings): Promise<void> {
  const checked = checkSettings(next);
  if (!checked.success)
    throw new Error(`Backstory: refusing to save settings with bad values (${checked.issues.join(', ')})`);
  const { raw, version } = await readStored();
  const readable = raw === null || checkSettings(upToDate(raw, version)).success;
  if (version > SETTINGS_VERSION || !readable) await storage.setItem(SET_ASIDE_KEY, raw);
  // The version first: watchers are told about the value, and must read it with its version.
  await storage.setMeta(SETTINGS_KEY, { v: SETTINGS_VERSION });
  await storage.setItem(SETTINGS_KEY, checked.data);
}

export async function updateSettings(change: (current: Settings) => Settings): Promise<void> {
  await saveSettings(change((await readSettings()).settings));
}

export function watchSettings(onChange: (read: SettingsRead) => void): () => void {
  return storage.watch(SETTINGS_KEY, () => void readSettings().then(onChange));
}
