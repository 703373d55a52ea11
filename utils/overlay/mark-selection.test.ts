import { describe, expect, it } from 'vitest';
import { selectMarks } from './mark-selection';

const page = [
  { entryId: 'sergei-ryabkov', at: 1 },
  { entryId: 'nato', at: 2 },
  { entryId: 'sergei-ryabkov', at: 3 },
  { entryId: 'wendy-sherman', at: 4 },
  { entryId: 'nato', at: 5 },
];
const none = () => false;

describe('which mentions are marked', () => {
  it('marks the first mention of each entry by default', () => {
    expect(selectMarks(page, 'first', none).map((m) => m.at)).toEqual([1, 2, 4]);
  });

  it('marks every mention when the reader asks for it', () => {
    expect(selectMarks(page, 'every', none).map((m) => m.at)).toEqual([1, 2, 3, 4, 5]);
  });

  it('skips muted entries in both modes', () => {
    const muted = (id: string) => id === 'nato';
    expect(selectMarks(page, 'first', muted).map((m) => m.at)).toEqual([1, 4]);
    expect(selectMarks(page, 'every', muted).map((m) => m.at)).toEqual([1, 3, 4]);
  });

  it('marks nothing on a page without mentions', () => {
    expect(selectMarks([], 'first', none)).toEqual([]);
  });
});
