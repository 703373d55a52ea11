/** An ISO date (YYYY, YYYY-MM or YYYY-MM-DD) in the reader's language, as precise as it is known. */
export function formatDate(iso: string, lang: string): string {
  const [year, month, day] = iso.split('-').map(Number);
  if (month === undefined) return String(year);
  const date = new Date(Date.UTC(year!, month - 1, day ?? 1));
  const options: Intl.DateTimeFormatOptions =
    day === undefined ? { year: 'numeric', month: 'long', timeZone: 'UTC' } : { dateStyle: 'medium', timeZone: 'UTC' };
  return new Intl.DateTimeFormat(lang, options).format(date);
}
