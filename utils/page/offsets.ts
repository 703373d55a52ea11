/** Lookups over the page text's offsets: which node holds an offset, which zone it is in. */
import type { Zone } from '../engine/types';

/**
 * Index of the last of `starts` at or before `offset` (binary search): the node containing page-text
 * offset `offset`, or any other piece of text cut at those starts.
 */
export function nodeIndexAt(starts: readonly number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** The zone of page-text offset `offset`. */
export function zoneAtOffset(zones: ReadonlyArray<{ start: number; zone: Zone }>, offset: number): Zone | null {
  if (zones.length === 0 || offset < zones[0]!.start) return null;
  let lo = 0;
  let hi = zones.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (zones[mid]!.start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return zones[lo]!.zone;
}
