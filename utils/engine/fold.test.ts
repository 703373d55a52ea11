import { describe, expect, it } from 'vitest';
import { FoldBuffer, foldCodePoint } from './fold';

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
