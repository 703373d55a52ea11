import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { columnHeight, layoutNotes, NOTE_GAP } from './margin-layout';

describe('margin layout', () => {
  it('puts each note level with its anchor when there is room', () => {
    const notes = [
      { anchorTop: 10, height: 50 },
      { anchorTop: 200, height: 80 },
      { anchorTop: 400, height: 30 },
    ];
    expect(layoutNotes(notes)).toEqual([10, 200, 400]);
    expect(columnHeight(notes, [10, 200, 400])).toBe(430);
  });

  it('pushes a note below the one before it, a gap apart, when they would overlap', () => {
    const notes = [
      { anchorTop: 0, height: 100 },
      { anchorTop: 40, height: 60 },
      { anchorTop: 90, height: 20 },
      { anchorTop: 400, height: 20 },
    ];
    expect(layoutNotes(notes, 10)).toEqual([0, 110, 180, 400]);
  });

  it('never places a note above the column', () => {
    expect(layoutNotes([{ anchorTop: -40, height: 10 }])).toEqual([0]);
  });

  it('keeps notes in order, apart, and never above their anchors', () => {
    const box = fc.record({ anchorTop: fc.integer({ min: -50, max: 5000 }), height: fc.integer({ min: 0, max: 400 }) });
    fc.assert(
      fc.property(fc.array(box, { maxLength: 40 }), (notes) => {
        const tops = layoutNotes(notes);
        notes.forEach((note, i) => {
          expect(tops[i]).toBeGreaterThanOrEqual(Math.max(0, note.anchorTop));
          if (i > 0) expect(tops[i]).toBeGreaterThanOrEqual(tops[i - 1]! + notes[i - 1]!.height + NOTE_GAP);
        });
      }),
    );
  });
});
