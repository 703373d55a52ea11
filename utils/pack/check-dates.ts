/**
 * Dates must be real calendar dates and plausible: not before 1900 (the oldest fact in the pack is
 * TASS's founding in 1904) and not after the pack's `asOf`. Every "since then" must have been
 * checked no later than the pack as a whole.
 */
import { fieldPath, type PackProblem } from './pack-error';
import { entryDates, eventDates, type DateAt, type LocatedEntry, type LocatedEvent } from './pack-walk';

export const EARLIEST_PLAUSIBLE_YEAR = 1900;

/** `YYYY-MM-DD` exists on the calendar (2021-02-30 does not); `YYYY` and `YYYY-MM` always do. */
export function isCalendarDate(date: string): boolean {
  const [year, month, day] = date.split('-').map(Number);
  if (day === undefined) return true;
  const utc = new Date(Date.UTC(year!, month! - 1, day));
  return utc.getUTCFullYear() === year && utc.getUTCMonth() === month! - 1 && utc.getUTCDate() === day;
}

/** The first day a partial date can mean: `2021` → `2021-01-01`. */
function earliestDay(date: string): string {
  return (date + '-01-01').slice(0, 10);
}

function dateProblem(date: string, asOf: string | undefined): string | undefined {
  if (!isCalendarDate(date)) return `${date} is not a calendar date`;
  if (Number(date.slice(0, 4)) < EARLIEST_PLAUSIBLE_YEAR)
    return `${date} is before ${EARLIEST_PLAUSIBLE_YEAR}, which is implausible here`;
  if (asOf && earliestDay(date) > asOf) return `${date} is after the pack's asOf (${asOf})`;
  return undefined;
}

function collect(file: string, entryId: string, dates: DateAt[], asOf: string | undefined): PackProblem[] {
  const problems: PackProblem[] = [];
  for (const { path, date } of dates) {
    const message = dateProblem(date, asOf);
    if (message) problems.push({ file, entryId, path: fieldPath(path), message });
  }
  return problems;
}

export function checkDates(
  metaFile: string,
  asOf: string | undefined,
  entries: LocatedEntry[],
  timeline: LocatedEvent[],
): PackProblem[] {
  const problems: PackProblem[] = [];
  if (asOf && !isCalendarDate(asOf))
    problems.push({ file: metaFile, path: 'asOf', message: `${asOf} is not a calendar date` });
  for (const { file, entry } of entries) {
    problems.push(...collect(file, entry.id, entryDates(entry), asOf));
  }
  for (const event of timeline) {
    problems.push(...collect(event.file, event.event.id, eventDates(event), asOf));
  }
  return problems;
}
