// zod/mini keeps the validator small enough for the content script, which reads settings on every page.
import * as z from 'zod/mini';

export const CARD_LANGUAGES = ['page', 'en', 'ru', 'uk', 'de', 'fr'] as const;
export const MARK_STYLES = ['underline', 'highlight', 'dotted'] as const;

/** A hostname as settings keep it; anything else (`__proto__`, markup, paths) is refused. */
const Hostname = z.string().check(z.regex(/^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*$/));
/** A pack entry id (kebab-case). */
const EntryId = z.string().check(z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/));

/** Every reader setting, its type and its default. Add fields with defaults; never repurpose one. */
export const Settings = z.object({
  /** Backstory runs on pages at all. */
  enabled: z._default(z.boolean(), true),
  /** Mark the first mention of each entry, or every mention. */
  markMode: z._default(z.enum(['first', 'every']), 'first'),
  markStyle: z._default(z.enum(MARK_STYLES), 'underline'),
  /** Cards in the page's language where the pack has it, or always in one language. */
  cardLanguage: z._default(z.enum(CARD_LANGUAGES), 'page'),
  /** Sites (hostnames) where the reader switched Backstory off. */
  disabledSites: z._default(z.array(Hostname), []),
  /** Entry ids never marked anywhere. */
  mutedEverywhere: z._default(z.array(EntryId), []),
  /** Entry ids not marked on one site, by hostname. */
  mutedBySite: z._default(z.record(Hostname, z.array(EntryId)), {}),
});
export type Settings = z.infer<typeof Settings>;

export const DEFAULT_SETTINGS: Settings = Settings.parse({});

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
