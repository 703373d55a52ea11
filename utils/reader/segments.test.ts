import { describe, expect, it } from 'vitest';
import type { Inline } from './article-model';
import { segmentInlines } from './segments';

const text = (value: string, style: 'plain' | 'strong' = 'plain'): Inline => ({ kind: 'text', text: value, style });

describe('cutting inline runs at marks', () => {
  it('leaves runs whole when nothing is marked', () => {
    expect(segmentInlines([text('Plain words.')], [])).toEqual([
      { inline: text('Plain words.'), pieces: [{ text: 'Plain words.', mention: null }] },
    ]);
  });

  it('splits a run around a mark', () => {
    const [only] = segmentInlines([text('Then Ryabkov spoke.')], [{ start: 5, end: 12, mention: 0 }]);
    expect(only!.pieces).toEqual([
      { text: 'Then ', mention: null },
      { text: 'Ryabkov', mention: 0 },
      { text: ' spoke.', mention: null },
    ]);
  });

  it('gives a mark across two runs a piece in each', () => {
    const inlines = [text('Sergei '), text('Ryabkov', 'strong'), text(' and NATO')];
    const marks = [
      { start: 0, end: 14, mention: 0 },
      { start: 19, end: 23, mention: 1 },
    ];
    expect(segmentInlines(inlines, marks).map((segment) => segment.pieces)).toEqual([
      [{ text: 'Sergei ', mention: 0 }],
      [{ text: 'Ryabkov', mention: 0 }],
      [
        { text: ' and ', mention: null },
        { text: 'NATO', mention: 1 },
      ],
    ]);
  });

  it('keeps every character exactly once', () => {
    const inlines = [text('abc'), text('defg'), text('h')];
    const marks = [
      { start: 1, end: 2, mention: 0 },
      { start: 2, end: 5, mention: 1 },
      { start: 7, end: 8, mention: 2 },
    ];
    const joined = segmentInlines(inlines, marks)
      .flatMap((segment) => segment.pieces.map((piece) => piece.text))
      .join('');
    expect(joined).toBe('abcdefgh');
  });
});
