/**
 * The reader's settings: their shape, defaults and the rules that read them.
 *
 * Checked by hand rather than with zod (which checks the pack): the content script is on every page
 * of every listed site, and there zod's schema objects took about 9 ms of main thread to build and
 * run cold, for seven fields (Chromium 156, unrelated 1 MB page: 57.7 ms of Backstory's
 * time with zod, 48.6 ms without; `scripts/bench-browser.ts`). The checks below keep zod's contract:
 * a missing field takes its default, unknown fields are dropped, anything else wrong is reported by
 * its path ("disabledSites.2") and nothing of the value is used (`checkSettings`: what is saved or
 * imported). Stored settings are also read leniently (`salvageSettings`): one bad site in a list
 * should not switch Backstory back on everywhere else the reader switched it off.
 */

export const CARD_LANGUAGES = ['page', 'en', 'ru', 'uk', 'de', 'fr'] as const;
export const MARK_STYLES = ['underline', 'highlight', 'dotted'] as const;
export const MARK_MODES = ['first', 'every'] as const;

/** Every reader setting. Add fields with defaults; never repurpose one. */
export interface Settings {
  /** Backstory runs on pages at all. */
  enabled: boolean;
  /** Mark the first mention of each entry, or every mention. */
  markMode: (typeof MARK_MODES)[number];
  markStyle: (typeof MARK_STYLES)[number];
  /** Cards in the page's language where the pack has it, or always in one language. */
  cardLanguage: (typeof CARD_LANGUAGES)[number];
  /** Sites (hostnames) where the reader switched Backstory off. */
  disabledSites: string[];
  /** Entry ids never marked anywhere. */
  mutedEverywhere: string[];
  /** Entry ids not marked on one site, by hostname. */
  mutedBySite: Record<string, string[]>;
}

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  enabled: true,
  markMode: 'first',
  markStyle: 'underline',
  cardLanguage: 'page',
  disabledSites: [],
  mutedEverywhere: [],
  mutedBySite: {},
});

/** A hostname as settings keep it; anything else (`__proto__`, markup, paths) is refused. */
const HOSTNAME = /^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*$/;
/** A pack entry id (kebab-case). */
const ENTRY_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export type SettingsCheck = { success: true; data: Settings } | { success: false; issues: string[] };

/**
 * What a reader does with a bad part: `strict` refuses the whole value (it reads null), `salvage`
 * leaves the bad part out (a list keeps its good items, a record its good keys). Either way each
 * bad part is recorded in `issues` by its path.
 */
type Mode = 'strict' | 'salvage';

/** Reads one value at `path`, or records what is wrong with it (one issue per bad part) and gives null. */
type Reader<T> = (raw: unknown, path: string, issues: string[], mode: Mode) => T | null;

const refuse = (issues: string[], path: string) => (issues.push(path), null);

const boolean: Reader<boolean> = (raw, path, issues) => (typeof raw === 'boolean' ? raw : refuse(issues, path));

const oneOf =
  <T extends string>(options: readonly T[]): Reader<T> =>
  (raw, path, issues) =>
    options.includes(raw as T) ? (raw as T) : refuse(issues, path);

const listOf =
  (pattern: RegExp): Reader<string[]> =>
  (raw, path, issues, mode) => {
    if (!Array.isArray(raw)) return refuse(issues, path);
    const before = issues.length;
    const items: string[] = [];
    raw.forEach((item: unknown, at) => {
      if (typeof item === 'string' && pattern.test(item)) items.push(item);
      else issues.push(`${path}.${at}`);
    });
    return issues.length === before || mode === 'salvage' ? items : null;
  };

const recordOf =
  <T>(keyPattern: RegExp, values: Reader<T>): Reader<Record<string, T>> =>
  (raw, path, issues, mode) => {
    if (!isRecord(raw)) return refuse(issues, path);
    const before = issues.length;
    const record: Record<string, T> = {};
    for (const key of Object.keys(raw)) {
      const value = keyPattern.test(key)
        ? values(raw[key], `${path}.${key}`, issues, mode)
        : refuse(issues, `${path}.${key}`);
      if (value !== null) record[key] = value;
    }
    return issues.length === before || mode === 'salvage' ? record : null;
  };

const FIELDS: { [K in keyof Settings]: Reader<Settings[K]> } = {
  enabled: boolean,
  markMode: oneOf(MARK_MODES),
  markStyle: oneOf(MARK_STYLES),
  cardLanguage: oneOf(CARD_LANGUAGES),
  disabledSites: listOf(HOSTNAME),
  mutedEverywhere: listOf(ENTRY_ID),
  mutedBySite: recordOf(HOSTNAME, listOf(ENTRY_ID)),
};

/** Every field of `value` read in `mode`; a field that reads null is left out. */
function readFields(value: Record<string, unknown>, issues: string[], mode: Mode): Partial<Settings> {
  const settings: Record<string, unknown> = {};
  for (const key of Object.keys(FIELDS) as Array<keyof Settings>) {
    const raw = value[key];
    const read = raw === undefined ? structuredClone(DEFAULT_SETTINGS[key]) : FIELDS[key](raw, key, issues, mode);
    if (read !== null) settings[key] = read;
  }
  return settings as Partial<Settings>;
}

/** The settings in `value`, or the paths of what is wrong with it ("(root)" when it is not an object). */
export function checkSettings(value: unknown): SettingsCheck {
  if (!isRecord(value)) return { success: false, issues: ['(root)'] };
  const issues: string[] = [];
  const settings = readFields(value, issues, 'strict');
  return issues.length === 0 ? { success: true, data: settings as Settings } : { success: false, issues };
}

/**
 * As much of `value` as is valid: a bad item of a list or a record is left out, a bad field takes its
 * default, anything that is not an object gives the defaults; `issues` lists what was left out.
 */
export function salvageSettings(value: unknown): { data: Settings; issues: string[] } {
  if (!isRecord(value)) return { data: structuredClone(DEFAULT_SETTINGS) as Settings, issues: ['(root)'] };
  const issues: string[] = [];
  const fields = readFields(value, issues, 'salvage');
  return { data: { ...structuredClone(DEFAULT_SETTINGS), ...fields } as Settings, issues };
}

/** A plain object: not null, not an array. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The hostname settings are kept under: `www.` is dropped, so a site's subdomains share settings. */
export function siteKey(hostname: string): string {
  return hostname.toLowerCase().replace(/^www\./, '');
}

export function isSiteEnabled(settings: Settings, hostname: string): boolean {
  return settings.enabled && !settings.disabledSites.includes(siteKey(hostname));
}

export function isEntryMuted(settings: Settings, hostname: string, entryId: string): boolean {
  return (
    settings.mutedEverywhere.includes(entryId) || (settings.mutedBySite[siteKey(hostname)] ?? []).includes(entryId)
  );
}

/** The settings with `entryId` muted on `hostname`. */
export function withEntryMuted(settings: Settings, hostname: string, entryId: string): Settings {
  const key = siteKey(hostname);
  const muted = settings.mutedBySite[key] ?? [];
  if (muted.includes(entryId)) return settings;
  return { ...settings, mutedBySite: { ...settings.mutedBySite, [key]: [...muted, entryId] } };
}
