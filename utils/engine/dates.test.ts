import { describe, expect, it } from 'vitest';
import { createHitScanner } from './candidates';
import { classifyDate, dateFromString, dateFromUrl, formatDate, readTextDates } from './dates';
import { buildMatchIndex } from './match-index';
import { foldTextDocument } from './text-document';

const index = buildMatchIndex([]);

function datesIn(text: string) {
  const doc = foldTextDocument(text);
  const scanner = createHitScanner(index, doc);
  scanner.step(Number.MAX_SAFE_INTEGER);
  return readTextDates(doc.buffer, scanner.hits.cues).map(({ year, month, day }) => ({ year, month, day }));
}

describe('dates in the text', () => {
  it.each([
    ['GENEVA, Jan 10 (Reuters) -', { year: undefined, month: 1, day: 10 }],
    ['on January 10, 2022 the talks', { year: 2022, month: 1, day: 10 }],
    ['ЖЕНЕВА, 10 января. Переговоры', { year: undefined, month: 1, day: 10 }],
    ['10 січня 2022 року', { year: 2022, month: 1, day: 10 }],
    ['am 10. Januar 2022 in Genf', { year: 2022, month: 1, day: 10 }],
    ['le 1er février 2022', { year: 2022, month: 2, day: 1 }],
    ['the June 2021 summit', { year: 2021, month: 6, day: undefined }],
    ['10.01.2022 12:30', { year: 2022, month: 1, day: 10 }],
    ['published 2022-01-12', { year: 2022, month: 1, day: 12 }],
  ])('%j', (text, expected) => {
    expect(datesIn(text)[0]).toEqual(expected);
  });

  it('does not read a bare month-like word as a date', () => {
    expect(datesIn('you may go to the mars rover in march')).toEqual([]);
  });

  it('counts a year inside a full date once', () => {
    expect(datesIn('on 10 January 2022')).toHaveLength(1);
  });
});

describe('dates from metadata and addresses', () => {
  it('reads ISO dates as written, without shifting time zones', () => {
    expect(dateFromString('2022-01-10T23:30:00-05:00', 'meta')).toEqual({
      year: 2022,
      month: 1,
      day: 10,
      source: 'meta',
    });
    expect(dateFromString('Mon, 10 Jan 2022 12:00:00 GMT', 'meta')).toMatchObject({ year: 2022, month: 1, day: 10 });
    expect(dateFromString('not a date', 'meta')).toBeNull();
  });

  it('finds the date in a news address', () => {
    expect(dateFromUrl('https://news.example/world/2022/01/10/talks')).toMatchObject({ year: 2022, month: 1, day: 10 });
    expect(dateFromUrl('https://news.example/2022-01-11-talks.html')).toMatchObject({ year: 2022, month: 1, day: 11 });
    expect(dateFromUrl('https://news.example/world/talks')).toBeNull();
  });
});

describe('where a date stands against the talks', () => {
  it.each([
    [{ year: 2022, month: 1, day: 10 }, 'week'],
    [{ year: 2022, month: 1, day: 15 }, 'edge'],
    [{ year: 2021, month: 12, day: 17 }, 'window'],
    [{ year: 2022, month: 1, day: 26 }, 'window'],
    [{ year: 2021, month: 6, day: 16 }, 'far'],
    [{ year: 2026, month: 2, day: 18 }, 'far'],
    [{ year: 2022, month: 1 }, 'window'],
    [null, 'unknown'],
  ] as const)('%j → %s', (date, expected) => {
    expect(classifyDate(date)).toBe(expected);
  });

  it('formats a date for a reason', () => {
    expect(formatDate({ year: 2022, month: 1, day: 10 })).toBe('10 January 2022');
  });
});
