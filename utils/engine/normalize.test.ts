import { describe, expect, it } from 'vitest';
import { normalizeKey, normalizeWithMap } from './normalize';

describe('normalizeKey', () => {
  it.each([
    ['Sergei Ryabkov', 'sergei ryabkov'],
    ['SERGEI\u00a0RYABKOV', 'sergei ryabkov'],
    ['Sergueï Riabkov', 'serguei riabkov'],
    ['Рябков', 'рябков'],
    ['Сергей Рябков', 'сергеи рябков'],
    ['Ёлка', 'елка'],
    ['NATO\u2013Russia Council', 'nato-russia council'],
    ['Совет Россия—НАТО', 'совет россия-нато'],
    ['Ryab\u00adkov', 'ryabkov'],
    ['Ryab\u200bkov', 'ryabkov'],
    ['NATO\u2019s', "nato's"],
    ['«Совет»', "'совет'"],
    ['  two   spaces\n\tand tabs ', 'two spaces and tabs'],
    ['ﬁnal', 'final'],
    ['Außenminister', 'außenminister'],
  ])('%j → %j', (input, expected) => {
    expect(normalizeKey(input)).toBe(expected);
  });
});

describe('normalizeWithMap', () => {
  it('maps every folded unit back to the source character it came from', () => {
    const source = 'Sergei\u00a0\u00a0Ryab\u00adkov’s';
    const { text, sourceIndex } = normalizeWithMap(source);
    expect(text).toBe("sergei ryabkov's");
    const start = text.indexOf('ryabkov');
    const end = start + 'ryabkov'.length - 1;
    expect(source.slice(sourceIndex[start], sourceIndex[end]! + 1)).toBe('Ryab\u00adkov');
  });

  it('maps a character that folds to two units to the same source index', () => {
    const { text, sourceIndex } = normalizeWithMap('İx');
    expect(text.length).toBe(sourceIndex.length);
    expect(sourceIndex[text.length - 1]).toBe(1);
  });

  it('keeps surrogate pairs whole', () => {
    const { text, sourceIndex } = normalizeWithMap('a😀b');
    expect(text).toBe('a😀b');
    expect(Array.from(sourceIndex)).toEqual([0, 1, 1, 3]);
  });
});
