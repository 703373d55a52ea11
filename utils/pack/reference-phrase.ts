/**
 * Reference phrases are written with ` … ` (U+2026 between spaces) where up to `maxGapWords` words may
 * stand: "attack missile systems … borders". These helpers give the pieces as matching keys.
 */
import { normalizeKey } from '../engine/normalize';

export const REFERENCE_GAP = ' … ';

/** The phrase's pieces, each folded with `normalizeKey`; '' marks an empty piece. */
export function referencePieces(text: string): string[] {
  return text.split(REFERENCE_GAP).map(normalizeKey);
}

/** One key for the whole phrase, for duplicate detection: pieces joined by ` … `. */
export function referenceKey(text: string): string {
  return referencePieces(text).join(REFERENCE_GAP);
}
