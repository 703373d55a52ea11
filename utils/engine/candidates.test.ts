import { describe, expect, it } from 'vitest';
import { FIXTURE_NAMES } from './testing/names-fixture';
import { findNames } from './testing/find-names';

const found = (text: string) => findNames(FIXTURE_NAMES, text).map(({ id, text }) => `${id}: ${text}`);

describe('matching names as whole words', () => {
  it.each([
    ['Sergei Ryabkov said', ['sergei-ryabkov: Sergei Ryabkov']],
    ['SERGEI  RYABKOV said', ['sergei-ryabkov: SERGEI  RYABKOV']],
    ['Sergei\u00a0Rya\u00adbkov', ['sergei-ryabkov: Sergei\u00a0Rya\u00adbkov']],
    ['Ryabkov’s remarks', ['sergei-ryabkov: Ryabkov']],
    ["Ryabkov's remarks", ['sergei-ryabkov: Ryabkov']],
    ['Ryabkovich and Ryabkovski', []],
    ['xСергей Рябков', ['sergei-ryabkov: Рябков']],
    ['«Сергей Рябков»', ['sergei-ryabkov: Сергей Рябков']],
    ['Сергій Рябков заявив', ['sergei-ryabkov: Сергій Рябков']],
    ['NATOs and NATOland', []],
    ['anti-NATO (NATO)', ['nato: NATO', 'nato: NATO']],
    ['l’OTAN a dit', ['nato: OTAN']],
  ])('%j', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it('does not match across blocks (blank lines), but does across a single line break', () => {
    expect(found('Sergei\n\nRyabkov')).toEqual(['sergei-ryabkov: Ryabkov']);
    expect(found('Sergei\nRyabkov')).toEqual(['sergei-ryabkov: Sergei\nRyabkov']);
  });

  it('does not take a lower-case word for a capitalised name', () => {
    expect(found('the lights blinken; Blinken spoke')).toEqual(['antony-blinken: Blinken']);
  });

  it('keeps the Ukrainian apostrophe inside a word', () => {
    expect(found("НАТО'єднання")).toEqual([]);
  });
});

describe('case endings the pack did not list', () => {
  it.each([
    ['Рябковым', 'Рябковым'],
    ['Рябкову', 'Рябкову'],
    ['Рябковові', 'Рябковові'],
    ['Рябкова', 'Рябкова'],
  ])('%j is Ryabkov', (text, surface) => {
    expect(findNames(FIXTURE_NAMES, `с ${text} говорили`)).toEqual([
      { id: 'sergei-ryabkov', text: surface, via: expect.any(String) },
    ]);
  });

  it('marks an unlisted ending as an inflection', () => {
    expect(findNames(FIXTURE_NAMES, 'с Рябковым')[0]!.via).toBe('inflection');
    expect(findNames(FIXTURE_NAMES, 'у Рябкова')[0]!.via).toBe('alias');
  });

  it('rejects longer words built on the name', () => {
    expect(found('рябковский Рябковская Путинизм')).toEqual([]);
  });

  it('reads the German genitive -s on person names only', () => {
    expect(found('Putins Rede und Ryabkovs Antwort')).toEqual(['vladimir-putin: Putins', 'sergei-ryabkov: Ryabkovs']);
  });
});

describe('overlaps', () => {
  it('lets the longest name win', () => {
    expect(found('the NATO-Russia Council met')).toEqual(['nato-russia-council: NATO-Russia Council']);
    expect(found('the NATO–Russia Council met')).toEqual(['nato-russia-council: NATO–Russia Council']);
    expect(found('Deputy Foreign Minister Sergei Ryabkov')).toEqual([
      'sergei-ryabkov: Deputy Foreign Minister Sergei Ryabkov',
    ]);
  });

  it('keeps adjacent names apart', () => {
    expect(found('NATO, Putin and Biden')).toEqual(['nato: NATO', 'vladimir-putin: Putin', 'joe-biden: Biden']);
  });
});

describe('reference phrases', () => {
  it('finds a phrase with a bounded gap', () => {
    expect(found('attack missile systems at our borders with a minimum flight time')).toEqual([
      'intermediate-range-missiles: missile systems at our borders with a minimum flight time',
    ]);
  });

  it('rejects a gap longer than allowed, or across blocks', () => {
    expect(found('missile systems one two three four five six seven minimum flight time')).toEqual([]);
    expect(found('missile systems\n\nminimum flight time')).toEqual([]);
  });

  it('keeps a name inside the gap of a phrase', () => {
    expect(found('the need to return to NATO positions of 1997')).toEqual([
      'nato-russia-founding-act-1997: return to NATO positions of 1997',
      'nato: NATO',
    ]);
  });

  it('prefers the phrase over the bare ambiguous alias it contains', () => {
    expect(found('NATO’s 1997 origins matter')).toEqual(['nato: NATO', 'nato-russia-founding-act-1997: 1997 origins']);
  });
});

describe('dates as names', () => {
  it('does not take the date of a dateline or a timeline line for a mention of the event', () => {
    expect(found('MOSCOW, 7 December. Putin and Biden spoke for two hours.')).toEqual([
      'vladimir-putin: Putin',
      'joe-biden: Biden',
    ]);
    expect(found('7 December: Putin and Biden hold a video call')).toEqual([
      'vladimir-putin: Putin',
      'joe-biden: Biden',
      'putin-biden-video-call-2021-12-07: video call',
    ]);
  });

  it('takes the same date inside a sentence', () => {
    expect(found('Putin and Biden spoke on 7 December.')).toContain('putin-biden-video-call-2021-12-07: 7 December');
  });
});
