import { describe, expect, it } from 'vitest';
import { loadPack } from '@/utils/pack/load-pack';
import { toNameRecords } from '@/utils/pack/names';

/**
 * What every content script loads. Measured at 320,568 bytes of UTF-8 JSON (60 entries, about
 * 1,400 aliases; the per-alias ambiguity rules are over half of it); the budget leaves ~25% headroom.
 */
const NAMES_BUDGET_BYTES = 400_000;

describe('names payload', () => {
  const serialized = JSON.stringify(toNameRecords(loadPack(__dirname)));

  it(`stays within ${NAMES_BUDGET_BYTES} bytes`, () => {
    expect(Buffer.byteLength(serialized, 'utf8')).toBeLessThanOrEqual(NAMES_BUDGET_BYTES);
  });

  it('carries no card text', () => {
    expect(serialized).not.toContain('"keyFacts"');
    expect(serialized).not.toContain('"body"');
    expect(serialized).not.toContain('https://');
  });
});
