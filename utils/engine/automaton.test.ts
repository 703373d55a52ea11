import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildAutomaton } from './automaton';

const codesOf = (text: string) => Uint16Array.from(text, (char) => char.charCodeAt(0));

function allMatches(keys: string[], text: string, chunk = text.length || 1): string[] {
  const automaton = buildAutomaton(keys);
  const codes = codesOf(text);
  const found: string[] = [];
  let state = 0;
  for (let from = 0; from < codes.length; from += chunk) {
    state = automaton.scan(codes, from, Math.min(codes.length, from + chunk), state, (pattern, end, length) => {
      found.push(`${keys[pattern]}@${end - length}`);
    });
  }
  return found.sort();
}

function naiveMatches(keys: string[], text: string): string[] {
  const found: string[] = [];
  keys.forEach((key) => {
    if (!key) return;
    for (let at = text.indexOf(key); at >= 0; at = text.indexOf(key, at + 1)) found.push(`${key}@${at}`);
  });
  return found.sort();
}

describe('buildAutomaton', () => {
  it('reports every pattern ending at a position, through dictionary-suffix links', () => {
    expect(allMatches(['he', 'she', 'his', 'hers'], 'ushers')).toEqual(['he@2', 'hers@2', 'she@1']);
  });

  it('reports the shorter pattern inside a longer one that is only partly present', () => {
    expect(allMatches(['сергеи рябков', 'рябков'], 'xсергеи рябков')).toEqual(['рябков@8', 'сергеи рябков@1']);
    expect(allMatches(['abcd', 'bc'], 'abcx')).toEqual(['bc@1']);
  });

  it('reports every pattern that shares one key', () => {
    expect(allMatches(['nato', 'nato'], 'nato')).toEqual(['nato@0', 'nato@0']);
  });

  it('gives the same matches when the scan is resumed in slices', () => {
    const keys = ['nato-russia council', 'nato', 'russia', 'council'];
    const text = 'the nato-russia council met; nato and russia';
    expect(allMatches(keys, text, 3)).toEqual(allMatches(keys, text));
  });

  it('agrees with a naive search on random inputs', () => {
    fc.assert(
      fc.property(
        fc.array(fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'р'), minLength: 1, maxLength: 5 }), {
          minLength: 1,
          maxLength: 8,
        }),
        fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'р', ' '), maxLength: 60 }),
        fc.integer({ min: 1, max: 7 }),
        (keys, text, chunk) => {
          expect(allMatches(keys, text, chunk)).toEqual(naiveMatches(keys, text));
        },
      ),
    );
  });
});
