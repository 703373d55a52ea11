/**
 * A pack date (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`) as the card's language writes it: "10 Jan 2022",
 * "January 2022", "1997". Formatted in UTC so a date never shifts by a day with the reader's time zone.
 */
import type { Language } from '@/utils/pack/schema';

export function formatPackDate(iso: string, lang: Language): string {
  const [year, month, day] = iso.split('-').map(Number);
  if (year === undefined || Number.isNaN(year)) return iso;
  if (month === undefined) return String(year);
  const date = new Date(Date.UTC(year, month - 1, day ?? 1));
  const options: Intl.DateTimeFormatOptions =
    day === undefined
      ? { year: 'numeric', month: 'long', timeZone: 'UTC' }
      : { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' };
  try {
    // British order for English ("10 Jan 2022"): the pack is about Geneva, and it reads unambiguously.
    return new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : lang, options).format(date);
  } catch {
    return iso;
  }
}
