import { describe, expect, it } from 'vitest';
import { packLanguage, pick } from './pack-language';
import { groupFound, timelineRows } from './pack-views';
import { createPackSearch } from './search-pack';
import { FIXTURE_PACK } from './testing/fixture-pack';

describe('found entries', () => {
  it('are grouped by kind, most mentioned first, unknown ids ignored', () => {
    const groups = groupFound(FIXTURE_PACK, { nato: 2, 'wendy-sherman': 1, 'sergei-ryabkov': 5, 'not-in-pack': 3 });
    expect(groups.map((group) => [group.kind, group.entries.map((item) => [item.entry.id, item.mentions])])).toEqual([
      [
        'person',
        [
          ['sergei-ryabkov', 5],
          ['wendy-sherman', 1],
        ],
      ],
      ['organisation', [['nato', 2]]],
    ]);
  });
});

describe('timeline', () => {
  it('is in date order and flags the events this page mentions', () => {
    const rows = timelineRows(FIXTURE_PACK, { 'sergei-ryabkov': 1 });
    expect(rows.map((row) => [row.event.id, row.onThisPage])).toEqual([
      ['nato-founded', false],
      ['talks', true],
    ]);
  });
});

describe('search', () => {
  const search = createPackSearch(FIXTURE_PACK);

  it('finds an entry by a name in another script', () => {
    expect(search('Рябков').map((hit) => hit.entry.id)).toEqual(['sergei-ryabkov']);
    expect(search('рябкова').map((hit) => hit.entry.id)).toEqual(['sergei-ryabkov']);
  });

  it('ignores case and diacritics, and ranks names before titles and text', () => {
    expect(search('SHERMAN')[0]?.entry.id).toBe('wendy-sherman');
    expect(search('geneva').map((hit) => [hit.entry.id, hit.rank])).toEqual([['geneva-ssd-session-2022-01-10', 0]]);
    expect(search('in one line').every((hit) => hit.rank === 2)).toBe(true);
  });

  it('says nothing for a one-letter query', () => {
    expect(search('r')).toEqual([]);
  });
});

describe('pack language', () => {
  it('picks the pack language of a browser locale, else English', () => {
    expect(packLanguage('ru-RU')).toBe('ru');
    expect(packLanguage('uk')).toBe('uk');
    expect(packLanguage('pt-BR')).toBe('en');
    expect(packLanguage(undefined)).toBe('en');
  });

  it('falls back to English where a text was not written', () => {
    expect(pick({ en: 'Deputy Foreign Minister' }, 'de')).toBe('Deputy Foreign Minister');
    expect(pick({ en: 'x', ru: 'замминистра' }, 'ru')).toBe('замминистра');
  });
});
