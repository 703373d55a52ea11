/**
 * The card as the content script shows it: one pack entry's text, already picked for one language.
 * The background builds it from the full pack (the content script never loads card text), and the
 * card renders it as it is.
 *
 * Language: the requested one where the pack was written in it, else English. Titles exist in every
 * pack language; longer text falls back to English field by field, and each piece says which
 * language it is in, so the card can mark English passages inside a Russian card for screen readers.
 */
import type { EnglishFirst, Entry, EntryKind, KeyFact, Language, Source } from '../pack/schema';

export interface LocalText {
  text: string;
  lang: Language;
}

export interface CardSource {
  url: string;
  publisher: string;
  date: string | null;
}

export interface CardView {
  entryId: string;
  kind: EntryKind;
  /** The language the card is in (its labels, and its text where the pack has it). */
  lang: Language;
  title: LocalText;
  role: LocalText;
  whyItMatters: LocalText;
  /** Two or three key facts, dated ones first. */
  keyFacts: Array<{ date: string | null; text: LocalText }>;
  sinceThen: { asOf: string; text: LocalText } | null;
  /** The sources behind the facts shown, once each. */
  sources: CardSource[];
}

export const MAX_KEY_FACTS = 3;
export const MAX_SOURCES = 4;

export function pickText(text: EnglishFirst, lang: Language): LocalText {
  const local = text[lang];
  return local ? { text: local, lang } : { text: text.en, lang: 'en' };
}

/** A pack date as a day number; a month counts from its middle, a year from its middle. */
function dayOf(iso: string): number {
  const [year = 0, month, day] = iso.split('-').map(Number);
  return Date.UTC(year, (month ?? 7) - 1, day ?? (month === undefined ? 1 : 15)) / 86_400_000;
}

/**
 * Up to three facts: the dated ones nearest to `focus` (the story's time; the pack's order breaks
 * ties), shown oldest first; undated facts only when fewer than two dated ones exist.
 */
export function pickKeyFacts(facts: readonly KeyFact[], focus: string | null): KeyFact[] {
  const dated = facts.map((fact, index) => ({ fact, index })).filter(({ fact }) => fact.date !== undefined);
  const nearest = focus
    ? [...dated].sort(
        (a, b) =>
          Math.abs(dayOf(a.fact.date!) - dayOf(focus)) - Math.abs(dayOf(b.fact.date!) - dayOf(focus)) ||
          a.index - b.index,
      )
    : dated;
  const chosen = nearest
    .slice(0, MAX_KEY_FACTS)
    .sort((a, b) => dayOf(a.fact.date!) - dayOf(b.fact.date!) || a.index - b.index)
    .map(({ fact }) => fact);
  if (chosen.length >= 2) return chosen;
  return [...chosen, ...facts.filter((fact) => fact.date === undefined)].slice(0, MAX_KEY_FACTS);
}

function uniqueSources(groups: ReadonlyArray<readonly Source[]>): CardSource[] {
  const seen = new Set<string>();
  const out: CardSource[] = [];
  for (const source of groups.flat()) {
    if (seen.has(source.url)) continue;
    seen.add(source.url);
    out.push({ url: source.url, publisher: source.publisher, date: source.date });
  }
  return out.slice(0, MAX_SOURCES);
}

export interface CardContext {
  /** The languages the pack was written in. */
  languages: readonly Language[];
  /** The story's time (`YYYY-MM-DD`): key facts nearest to it are shown. */
  focus: string | null;
}

/** The card for `entry` in `requested`, or in English when the pack was not written in that language. */
export function buildCardView(entry: Entry, requested: Language, context: CardContext): CardView {
  const lang: Language = context.languages.includes(requested) ? requested : 'en';
  const facts = pickKeyFacts(entry.keyFacts, context.focus);
  return {
    entryId: entry.id,
    kind: entry.kind,
    lang,
    title: { text: entry.title[lang], lang },
    role: pickText(entry.roleAtTheTime, lang),
    whyItMatters: pickText(entry.whyItMatters, lang),
    keyFacts: facts.map((fact) => ({ date: fact.date ?? null, text: pickText(fact.text, lang) })),
    sinceThen: entry.sinceThen ? { asOf: entry.sinceThen.asOf, text: pickText(entry.sinceThen.text, lang) } : null,
    sources: uniqueSources([...facts.map((fact) => fact.sources), entry.sinceThen?.sources ?? []]),
  };
}
