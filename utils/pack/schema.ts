/**
 * The shape of a context pack, and the only place it is defined.
 *
 * A pack is authored as one JSON file per entry plus `pack.json` (metadata) and `timeline.json`.
 * The build validates it with these schemas and fails, naming the entry and field, when it does not
 * fit. Types are inferred from the schemas so data and code cannot drift apart.
 */
import { z } from 'zod';

export const LANGUAGES = ['en', 'ru', 'uk', 'de', 'fr'] as const;
export const Language = z.enum(LANGUAGES);
export type Language = z.infer<typeof Language>;

export const ENTRY_KINDS = ['person', 'organisation', 'event', 'document', 'place', 'concept'] as const;
export const EntryKind = z.enum(ENTRY_KINDS);
export type EntryKind = z.infer<typeof EntryKind>;

/** kebab-case, ASCII, stable forever once published (settings refer to entries by id). */
export const EntryId = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be kebab-case ASCII (a-z, 0-9, single hyphens)');
export type EntryId = z.infer<typeof EntryId>;

/** A calendar date, `YYYY-MM-DD`, or `YYYY-MM` / `YYYY` when only that much is known. */
export const IsoDate = z
  .string()
  .regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, 'must be an ISO date: YYYY, YYYY-MM or YYYY-MM-DD');

const NonEmpty = z.string().trim().min(1, 'must not be empty');

/** Text in all five pack languages: titles and one-line summaries. */
export const Localized = z.object({ en: NonEmpty, ru: NonEmpty, uk: NonEmpty, de: NonEmpty, fr: NonEmpty }).strict();
export type Localized = z.infer<typeof Localized>;

/** Longer text: English always, other languages only where it was written well. */
export const EnglishFirst = z
  .object({
    en: NonEmpty,
    ru: NonEmpty.optional(),
    uk: NonEmpty.optional(),
    de: NonEmpty.optional(),
    fr: NonEmpty.optional(),
  })
  .strict();
export type EnglishFirst = z.infer<typeof EnglishFirst>;

export const Source = z
  .object({
    url: z.url({ protocol: /^https$/, error: 'must be an https URL' }),
    publisher: NonEmpty,
    /** Publication date of the source; null where the stored copy showed none. */
    date: IsoDate.nullable(),
    /** Provenance caveat, e.g. "reprint of State Dept text". */
    note: NonEmpty.optional(),
  })
  .strict();
export type Source = z.infer<typeof Source>;

const Sources = z.array(Source).min(1, 'needs at least one source');

export const KeyFact = z.object({ date: IsoDate.optional(), text: EnglishFirst, sources: Sources }).strict();
export type KeyFact = z.infer<typeof KeyFact>;

/** Where sources disagree, the card says so instead of picking silently. */
export const Disagreement = z.object({ text: EnglishFirst, sources: Sources }).strict();

export const SinceThen = z.object({ asOf: IsoDate, text: EnglishFirst, sources: Sources }).strict();

/**
 * Context that lets an ambiguous alias count. Any one satisfied clause is enough;
 * `unless` vetoes the mention whatever else holds.
 */
export const AmbiguityRule = z
  .object({
    /**
     * Words or phrases, written already folded (`normalizeKey(word) === word`; the pack loader checks),
     * that must occur as whole words within `window` characters of the alias. Whole words: list the
     * inflected forms you need ("женева", "женеве"), a stem matches nothing.
     */
    near: z.array(NonEmpty).optional(),
    /** Other entries that, when also mentioned on the page, make this alias count. */
    withEntries: z.array(EntryId).optional(),
    /** The alias counts on a page already judged at least this relevant. */
    onPageJudged: z.enum(['about', 'related']).optional(),
    /** Folded whole words or phrases near the alias that mean it is something else (e.g. "tank" for Sherman). */
    unless: z.array(NonEmpty).optional(),
    window: z.number().int().min(10).max(400).default(80),
    /** Shown to the reader under "why this is marked", e.g. "“Sherman” next to “Wendy”". */
    explain: EnglishFirst,
  })
  .strict()
  .refine((r) => r.near || r.withEntries || r.onPageJudged, 'needs at least one of near, withEntries, onPageJudged');
export type AmbiguityRule = z.infer<typeof AmbiguityRule>;

export const AliasForm = z.enum([
  'full',
  'short',
  'acronym',
  'transliteration',
  'inflection',
  'title',
  'misspelling',
  'variant',
]);

/**
 * One surface form of a name. `text` is matched after `normalizeKey`, so case, diacritic, dash and
 * quote variants need not be listed, but case endings do. A form shared by Russian and Ukrainian is
 * listed once, under the first language; matching does not filter by page language. A `text` that
 * starts with a capital letter only matches text that starts with one (write generic phrases such as
 * «договор о РСМД» in lower case so both spellings match).
 */
export const Alias = z
  .object({
    text: NonEmpty,
    lang: Language,
    form: AliasForm.default('variant'),
    /** Present when the alias alone is not enough: the rule that makes it count. */
    ambiguous: AmbiguityRule.optional(),
  })
  .strict();
export type Alias = z.infer<typeof Alias>;

/**
 * A phrase that is not a name but points at the entry ("NATO's 1997 origins").
 * ` … ` (U+2026 with a space on each side) inside the phrase is a gap of at most `maxGapWords` words;
 * a phrase with a gap must allow at least one word in it (the pack loader checks).
 */
export const ReferencePhrase = z
  .object({
    text: NonEmpty,
    lang: Language,
    maxGapWords: z.number().int().min(0).max(12).default(6),
    explain: EnglishFirst,
  })
  .strict();
export type ReferencePhrase = z.infer<typeof ReferencePhrase>;

/**
 * How much a mention says about whether a page covers the talks:
 * `core` (Ryabkov, the 10 January session), `supporting` (Lavrov, the NRC), `background` (Putin, NATO).
 */
export const Signal = z.enum(['core', 'supporting', 'background']);
export type Signal = z.infer<typeof Signal>;

export const Entry = z
  .object({
    id: EntryId,
    kind: EntryKind,
    signal: Signal,
    title: Localized,
    summary: Localized,
    /** Who or what this was in January 2022. */
    roleAtTheTime: EnglishFirst,
    whyItMatters: EnglishFirst,
    body: EnglishFirst,
    keyFacts: z.array(KeyFact).min(1, 'needs at least one key fact'),
    sinceThen: SinceThen.nullable(),
    disagreements: z.array(Disagreement).default([]),
    related: z.array(EntryId).default([]),
    aliases: z.array(Alias).min(1, 'needs at least one alias'),
    references: z.array(ReferencePhrase).default([]),
  })
  .strict();
export type Entry = z.infer<typeof Entry>;

export const TimelinePhase = z.enum(['background', 'run-up', 'talks', 'aftermath', 'later']);

export const TimelineEvent = z
  .object({
    id: EntryId,
    date: IsoDate,
    phase: TimelinePhase,
    title: EnglishFirst,
    entries: z.array(EntryId).min(1, 'must link at least one entry'),
    sources: Sources,
  })
  .strict();
export type TimelineEvent = z.infer<typeof TimelineEvent>;

export const PackMeta = z
  .object({
    id: EntryId,
    title: Localized,
    version: z.string().regex(/^\d+\.\d+\.\d+$/, 'must be semver'),
    /** When the "since then" facts were last checked. */
    asOf: IsoDate,
    languages: z.array(Language).min(1),
    licence: NonEmpty,
  })
  .strict();
export type PackMeta = z.infer<typeof PackMeta>;

export const Pack = PackMeta.extend({
  entries: z.array(Entry).min(1),
  timeline: z.array(TimelineEvent),
});
export type Pack = z.infer<typeof Pack>;

/** What the content script needs to find mentions: no card text, so it stays small. */
export type NameRecord = Pick<Entry, 'id' | 'kind' | 'signal' | 'aliases' | 'references'>;
