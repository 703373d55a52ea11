import { languageOfTag } from '@/utils/overlay/card-language';
import type { Language } from '@/utils/pack/schema';

/** The pack language closest to a BCP 47 tag ("ru-RU" → ru); English when the pack has none. */
export function packLanguage(tag: string | undefined): Language {
  return languageOfTag(tag) ?? 'en';
}

/** A text in the wanted language where it was written, else in English. */
export function pick<T extends { en: string } & Partial<Record<Language, string>>>(text: T, lang: Language): string {
  return text[lang] ?? text.en;
}
