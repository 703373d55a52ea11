/**
 * The language a card is shown in: the reader's choice when they made one; otherwise the page's
 * (its `<html lang>`, or, when the page does not say, the language of most names found on it);
 * English when the pack has no such language (a Polish page gets English cards).
 */
import type { Language } from '../pack/schema';

export type CardLanguageSetting = 'page' | Language;

/** The pack's languages (kept here so the content script does not load the schema's validators). */
export const CARD_LANGUAGE_CODES: readonly Language[] = ['en', 'ru', 'uk', 'de', 'fr'];

export function languageOfTag(tag: string | null | undefined): Language | null {
  const primary = (tag ?? '').trim().toLowerCase().split(/[-_]/)[0];
  return CARD_LANGUAGE_CODES.find((code) => code === primary) ?? null;
}

function mostCommon(langs: readonly Language[]): Language | null {
  const counts = new Map<Language, number>();
  let best: Language | null = null;
  for (const lang of langs) {
    const count = (counts.get(lang) ?? 0) + 1;
    counts.set(lang, count);
    if (best === null || count > counts.get(best)!) best = lang;
  }
  return best;
}

export function pickCardLanguage(
  setting: CardLanguageSetting,
  htmlLang: string | null | undefined,
  mentionLangs: readonly Language[],
): Language {
  if (setting !== 'page') return setting;
  if ((htmlLang ?? '').trim() !== '') return languageOfTag(htmlLang) ?? 'en';
  return mostCommon(mentionLangs) ?? 'en';
}
