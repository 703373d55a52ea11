import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mergeAdjacent, resolveOverlaps, type Resolvable } from './resolve';

type Item = Resolvable & { id: number; entry: number };

/** The rule stated plainly: longest first, then rank, then leftmost; keep what does not overlap. */
function naive(items: Item[]): Item[] {
  const order = [...items].sort((a, b) => b.end - b.start - (a.end - a.start) || b.rank - a.rank || a.start - b.start);
  const kept: Item[] = [];
  for (const item of order) {
    const parts = item.parts ?? [[item.start, item.end]];
    const clash = kept.some((other) =>
      (other.parts ?? [[other.start, other.end]]).some(([s, e]) => parts.some(([start, end]) => start < e && s < end)),
    );
    if (!clash) kept.push(item);
  }
  return kept.sort((a, b) => a.start - b.start || a.end - b.end);
}

const codesOf = (text: string) => Uint16Array.from(text, (char) => char.charCodeAt(0));

describe('resolveOverlaps', () => {
  it('lets the longest span win, then the better-ranked one', () => {
    const items: Item[] = [
      { id: 1, entry: 1, start: 0, end: 4, rank: 3 },
      { id: 2, entry: 2, start: 0, end: 19, rank: 3 },
      { id: 3, entry: 3, start: 25, end: 30, rank: 1 },
      { id: 4, entry: 4, start: 25, end: 30, rank: 4 },
    ];
    expect(resolveOverlaps(items).map((item) => item.id)).toEqual([2, 4]);
  });

  it('keeps a name inside the gap of a phrase with parts', () => {
    const phrase: Item = {
      id: 1,
      entry: 1,
      start: 0,
      end: 30,
      parts: [
        [0, 6],
        [24, 30],
      ],
      rank: 4,
    };
    const name: Item = { id: 2, entry: 2, start: 10, end: 14, rank: 3 };
    expect(resolveOverlaps([name, phrase]).map((item) => item.id)).toEqual([1, 2]);
  });

  it('agrees with the plainly stated rule on random spans', () => {
    const item = fc.record({
      start: fc.integer({ min: 0, max: 40 }),
      length: fc.integer({ min: 1, max: 12 }),
      rank: fc.integer({ min: 0, max: 4 }),
    });
    fc.assert(
      fc.property(fc.array(item, { maxLength: 25 }), (raw) => {
        const items: Item[] = raw.map((r, id) => ({
          id,
          entry: id,
          start: r.start,
          end: r.start + r.length,
          rank: r.rank,
        }));
        expect(resolveOverlaps(items).map((i) => i.id)).toEqual(naive(items).map((i) => i.id));
      }),
    );
  });
});

describe('mergeAdjacent', () => {
  it('joins a title and a name of the same entry, and a name and its year', () => {
    const text = 'deputy secretary of state wendy sherman and the founding act of 1997';
    const at = (phrase: string) => text.indexOf(phrase);
    const items = [
      { entry: 1, start: at('deputy'), end: at('deputy') + 'deputy secretary of state'.length, rank: 1 },
      { entry: 1, start: at('wendy'), end: at('wendy') + 'wendy sherman'.length, rank: 3 },
      { entry: 2, start: at('founding'), end: at('founding') + 'founding act'.length, rank: 3 },
      { entry: 2, start: at('1997'), end: at('1997') + 4, rank: 3 },
    ];
    const merged = mergeAdjacent(items, codesOf(text)).map((item) => text.slice(item.start, item.end));
    expect(merged).toEqual(['deputy secretary of state wendy sherman', 'founding act of 1997']);
  });

  it('keeps different entries, and the same entry further apart, separate', () => {
    const text = 'putin and biden; putin met with putin';
    const items = [
      { entry: 1, start: 0, end: 5, rank: 3 },
      { entry: 2, start: 10, end: 15, rank: 3 },
      { entry: 1, start: 17, end: 22, rank: 3 },
      { entry: 1, start: 32, end: 37, rank: 3 },
    ];
    expect(mergeAdjacent(items, codesOf(text))).toHaveLength(4);
  });
});
