/**
 * Dates: from metadata strings and URLs, and from the text around the month and year cues the scan
 * found ("10 January 2022", "Jan 10", "10 января", "10. Januar 2022", "10.01.2022", "2022-01-10").
 * Then where a date falls against the talks: the week itself, the months around it, or far away.
 */
import type { CueHit } from './candidates';
import type { FoldBuffer } from './fold';
import type { PageDate } from './types';

export interface TextDate {
  year?: number;
  month?: number;
  day?: number;
  /** Folded position of the cue. */
  at: number;
}

const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

function valid(year: number, month?: number, day?: number): boolean {
  if (year < 1900 || year > 2100) return false;
  if (month !== undefined && (month < 1 || month > 12)) return false;
  return day === undefined || (day >= 1 && day <= 31);
}

/** "2022-01-10", "2022-01-10T09:00:00+01:00", "20220110", or anything `Date.parse` reads. */
export function dateFromString(value: string, source: PageDate['source']): PageDate | null {
  const text = value.trim();
  const iso = /^(\d{4})-?(\d{2})-?(\d{2})(?:$|[T\s])/.exec(text) ?? /(\d{4})-(\d{2})-(\d{2})/.exec(text);
  if (iso) {
    const [year, month, day] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
    return valid(year, month, day) ? { year, month, day, source } : null;
  }
  const time = Date.parse(text);
  if (Number.isNaN(time)) return null;
  const date = new Date(time);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate(), source };
}

/** News URLs often carry the date: /2022/01/10/, /2022-01-10/, /20220110/. */
export function dateFromUrl(url: string): PageDate | null {
  const match =
    /[/_-]((?:19|20)\d{2})[/_-](\d{1,2})[/_-](\d{1,2})(?=[/_.-]|$)/.exec(url) ??
    /\/((?:19|20)\d{2})(\d{2})(\d{2})\//.exec(url);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return valid(year, month, day) ? { year, month, day, source: 'url' } : null;
}

const DAY_BEFORE = /(?:^|[^\d])(\d{1,2})(?:st|nd|rd|th|er|-?го|-?е)?\.?\s?$/u;
const DAY_AFTER = /^\.?\s?(\d{1,2})(?:st|nd|rd|th)?(?!\d)/u;
const YEAR_AFTER = /^\.?\s?(?:\d{1,2}(?:st|nd|rd|th)?,?\s)?((?:19|20)\d{2})(?!\d)/u;
const NUMERIC_BEFORE = /(?:^|[^\d])(\d{1,2})[./](\d{1,2})[./]$/u;
const NUMERIC_AFTER = /^-(\d{2})-(\d{2})(?!\d)/u;

/** Reads the dates around month and year cues; a year inside a month's date is not counted again. */
export function readTextDates(buffer: FoldBuffer, cues: readonly CueHit[]): TextDate[] {
  const out: TextDate[] = [];
  const usedYears = new Set<number>();
  for (const hit of cues) {
    if (hit.cue.type !== 'month') continue;
    const before = buffer.toString(Math.max(0, hit.start - 8), hit.start);
    const after = buffer.toString(hit.end, Math.min(buffer.length, hit.end + 14));
    const dayBefore = DAY_BEFORE.exec(before);
    const dayAfter = DAY_AFTER.exec(after);
    const yearAfter = YEAR_AFTER.exec(after);
    const day = dayBefore
      ? Number(dayBefore[1])
      : dayAfter && !(yearAfter && yearAfter[0] === dayAfter[0])
        ? Number(dayAfter[1])
        : undefined;
    const year = yearAfter ? Number(yearAfter[1]) : undefined;
    // A bare month name ("may", "mars", "march") is only a date with a day or a year next to it.
    if (day === undefined && year === undefined) continue;
    if (!valid(year ?? 2000, hit.cue.month, day)) continue;
    if (year !== undefined) usedYears.add(hit.end + after.indexOf(String(year)));
    out.push({ year, month: hit.cue.month, day, at: hit.start });
  }
  for (const hit of cues) {
    if (hit.cue.type !== 'year' || usedYears.has(hit.start)) continue;
    const before = buffer.toString(Math.max(0, hit.start - 6), hit.start);
    const after = buffer.toString(hit.end, Math.min(buffer.length, hit.end + 6));
    const numericBefore = NUMERIC_BEFORE.exec(before);
    const numericAfter = NUMERIC_AFTER.exec(after);
    const year = hit.cue.year;
    if (numericBefore && valid(year, Number(numericBefore[2]), Number(numericBefore[1]))) {
      out.push({ year, month: Number(numericBefore[2]), day: Number(numericBefore[1]), at: hit.start });
    } else if (numericAfter && valid(year, Number(numericAfter[1]), Number(numericAfter[2]))) {
      out.push({ year, month: Number(numericAfter[1]), day: Number(numericAfter[2]), at: hit.start });
    } else {
      out.push({ year, at: hit.start });
    }
  }
  return out.sort((a, b) => a.at - b.at);
}

/** Where a date stands against the talks week (9–13 January 2022). */
export type DateClass = 'week' | 'edge' | 'window' | 'far' | 'unknown';

function dayNumber(year: number, month: number, day: number): number {
  return Date.UTC(year, month - 1, day) / 86_400_000;
}

const WEEK_FROM = dayNumber(2022, 1, 9);
const WEEK_TO = dayNumber(2022, 1, 14);
const WINDOW_FROM = dayNumber(2021, 11, 15);
const WINDOW_TO = dayNumber(2022, 3, 15);

export function classifyDate(date: { year?: number; month?: number; day?: number } | null): DateClass {
  if (!date || date.year === undefined) return 'unknown';
  const { year, month, day } = date;
  if (month === undefined) return year === 2022 ? 'window' : year === 2021 ? 'unknown' : 'far';
  if (day === undefined) {
    const from = dayNumber(year, month, 1);
    const to = dayNumber(year, month + 1, 0);
    return to < WINDOW_FROM || from > WINDOW_TO ? 'far' : 'window';
  }
  const when = dayNumber(year, month, day);
  if (when >= WEEK_FROM && when <= WEEK_TO) return 'week';
  if (when >= WEEK_FROM - 1 && when <= WEEK_TO + 2) return 'edge';
  if (when >= WINDOW_FROM && when <= WINDOW_TO) return 'window';
  return 'far';
}

export function formatDate(date: { year?: number; month?: number; day?: number }): string {
  const month = date.month ? MONTH_NAMES[date.month - 1] : undefined;
  return [date.day, month, date.year].filter((part) => part !== undefined).join(' ');
}
