import { describe, expect, it } from 'vitest';
import { isLowerCaseCode, isUpperCaseCode, isWordCode } from './word-chars';

const WORD_CHAR = /^[\p{L}\p{N}\p{M}]$/u;

const code = (char: string) => char.charCodeAt(0);

describe('character classes', () => {
  it('tells letter case in Latin and Cyrillic, and neither for digits and punctuation', () => {
    expect(['a', 'я', 'ß', 'є'].map((char) => isLowerCaseCode(code(char)))).toEqual([true, true, true, true]);
    expect(['A', 'Я', 'Є'].map((char) => isUpperCaseCode(code(char)))).toEqual([true, true, true]);
    expect(['A', 'Я', '1', '-'].map((char) => isLowerCaseCode(code(char)))).toEqual([false, false, false, false]);
    expect(['a', 'я', '1', '-'].map((char) => isUpperCaseCode(code(char)))).toEqual([false, false, false, false]);
    // Asked twice: the second answer comes from the table and must be the same.
    expect(isLowerCaseCode(code('ж'))).toBe(true);
    expect(isLowerCaseCode(code('ж'))).toBe(true);
  });

  it('counts letters, digits and combining marks as word characters', () => {
    expect(['a', 'Ж', '7', '\u0301'].every((char) => isWordCode(code(char)))).toBe(true);
    expect([' ', '-', "'", '\u00a0'].some((char) => isWordCode(code(char)))).toBe(false);
  });

  it('decides ASCII, Cyrillic and General Punctuation without the Unicode classes, and the same way', () => {
    const blocks = [
      [0, 0x7f],
      [0x400, 0x4ff],
      [0x2000, 0x206f],
    ];
    for (const [first, last] of blocks)
      for (let unit = first!; unit <= last!; unit++)
        expect(isWordCode(unit), unit.toString(16)).toBe(WORD_CHAR.test(String.fromCharCode(unit)));
  });
});
