/**
 * Reference phrases with gaps: "missile systems … minimum flight time" is its pieces in order, each
 * piece at most `maxGapWords` words after the previous one, all in the same block.
 */
import type { SegmentHit } from './candidates';
import { BLOCK_BREAK } from './fold';
import type { ReferenceInfo } from './match-index';
import { isWordCode } from './word-chars';

export interface ReferenceHit {
  reference: number;
  start: number;
  end: number;
  /** Folded spans of the pieces, in order. */
  parts: Array<[number, number]>;
}

/** Words between `from` and `to`, or -1 when a block break lies between them. */
export function wordsBetween(codes: Uint16Array, from: number, to: number): number {
  let words = 0;
  let inWord = false;
  for (let i = from; i < to; i++) {
    const code = codes[i]!;
    if (code === BLOCK_BREAK) return -1;
    const word = isWordCode(code);
    if (word && !inWord) words++;
    inWord = word;
  }
  return words;
}

function firstStartingAtOrAfter(hits: SegmentHit[], position: number): number {
  let lo = 0;
  let hi = hits.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (hits[mid]!.start < position) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export function assembleReferences(
  codes: Uint16Array,
  references: readonly ReferenceInfo[],
  segments: ReadonlyArray<SegmentHit[][] | undefined>,
): ReferenceHit[] {
  const out: ReferenceHit[] = [];
  segments.forEach((pieces, reference) => {
    if (!pieces) return;
    const info = references[reference]!;
    let resumeAfter = -1;
    for (const first of pieces[0]!) {
      if (first.start < resumeAfter) continue;
      const parts: Array<[number, number]> = [[first.start, first.end]];
      let previousEnd = first.end;
      for (let segment = 1; segment < info.segments; segment++) {
        const candidates = pieces[segment]!;
        const at = firstStartingAtOrAfter(candidates, previousEnd);
        const next = candidates[at];
        if (!next) break;
        const gap = wordsBetween(codes, previousEnd, next.start);
        if (gap < 0 || gap > info.maxGapWords) break;
        parts.push([next.start, next.end]);
        previousEnd = next.end;
      }
      if (parts.length !== info.segments) continue;
      out.push({ reference, start: first.start, end: previousEnd, parts });
      resumeAfter = previousEnd;
    }
  });
  return out;
}
