import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FoldBuffer, foldCodePoint } from './fold';

/** Characters that take every path of the fold: plain, spaces, dropped, several units, surrogates. */
const TRICKY = [
  'a',
  'Q',
  'Б',
  'ё',
  'É',
  'ß',
  'İ',
  ' ',
  '\t',
  '\n',
  '\u00a0',
  '\u00ad',
  '\u200b',
  '\ufeff',
  'ﬁ',
  '…',
  '¨',
  '½',
  '\u3250',
  '\u2474',
  'Ǆ',
  'e\u0301',
  '"',
  '«',
  '—',
  '\u0001',
  '\ud83d\ude00',
  '\ud83d',
  '\ude00',
];

function folded(pieces: readonly string[], append: (buffer: FoldBuffer, text: string, base: number) => void) {
  const buffer = new FoldBuffer(4);
  let base = 0;
  for (const piece of pieces) {
    append(buffer, piece, base);
    base += piece.length;
  }
  return { text: buffer.toString(), sources: [...buffer.sourceIndex.subarray(0, buffer.length)] };
}

describe('the folding table', () => {
  it('folds every ASCII unit as foldCodePoint does, without asking it', () => {
    for (let unit = 0; unit < 0x80; unit++) {
      const char = String.fromCharCode(unit);
      const buffer = new FoldBuffer();
      buffer.append(`x${char}`, 0);
      expect(buffer.toString(), `U+${unit.toString(16)}`).toBe(`x${foldCodePoint(char)}`);
    }
  });
});

describe('the two ways in', () => {
  it('folds page text (the hot loop) exactly as pack strings (one character at a time)', () => {
    const piece = fc.array(fc.constantFrom(...TRICKY), { maxLength: 12 }).map((chars) => chars.join(''));
    fc.assert(
      fc.property(fc.array(piece, { minLength: 1, maxLength: 5 }), (pieces) => {
        const hot = folded(pieces, (buffer, text, base) => buffer.append(text, base));
        const short = folded(pieces, (buffer, text, base) => buffer.appendShort(text, base));
        expect(hot).toEqual(short);
      }),
      { numRuns: 500 },
    );
  });
});
