/**
 * Overlap resolution: the longest span wins ("NATO-Russia Council" over "NATO"), then the better
 * accepted one (a name whose rule held beats a guess), then the leftmost. A reference phrase with gaps
 * occupies only its pieces, so a name inside its gap still counts.
 */

import { isWordCode } from './word-chars';

export interface Resolvable {
  start: number;
  end: number;
  parts?: Array<[number, number]>;
  /** Higher wins among spans of equal length. */
  rank: number;
}

function overlapsAny(taken: ReadonlyArray<[number, number]>, parts: ReadonlyArray<[number, number]>): boolean {
  for (const [start, end] of parts) {
    for (const [takenStart, takenEnd] of taken) if (start < takenEnd && takenStart < end) return true;
  }
  return false;
}

/** Longest first, then rank, then leftmost, within one cluster of overlapping spans. */
function resolveCluster<T extends Resolvable>(cluster: T[], kept: T[]): void {
  if (cluster.length === 1) {
    kept.push(cluster[0]!);
    return;
  }
  cluster.sort((a, b) => b.end - b.start - (a.end - a.start) || b.rank - a.rank || a.start - b.start);
  const taken: Array<[number, number]> = [];
  for (const item of cluster) {
    const parts = item.parts ?? [[item.start, item.end]];
    if (overlapsAny(taken, parts)) continue;
    taken.push(...parts);
    kept.push(item);
  }
}

/**
 * Sweeps the spans in start order, cutting them into clusters of overlapping spans (most spans are
 * alone), and resolves each cluster on its own: O(n log n) overall.
 */
export function resolveOverlaps<T extends Resolvable>(items: readonly T[]): T[] {
  const order = [...items].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: T[] = [];
  let cluster: T[] = [];
  let clusterEnd = -1;
  for (const item of order) {
    if (cluster.length > 0 && item.start >= clusterEnd) {
      resolveCluster(cluster, kept);
      cluster = [];
    }
    cluster.push(item);
    clusterEnd = cluster.length === 1 ? item.end : Math.max(clusterEnd, item.end);
  }
  if (cluster.length > 0) resolveCluster(cluster, kept);
  return kept.sort((a, b) => a.start - b.start || a.end - b.end);
}

/**
 * Joins mentions of the same entry that stand side by side — a title and a name ("Deputy Secretary of
 * State" + "Wendy Sherman"), a name and its year ("Founding Act" + "of 1997") — into one mention: one
 * thing for the reader, one mark on the page. At most one short word (≤ 4 letters) may stand between.
 */
export function mergeAdjacent<T extends Resolvable & { entry: number }>(items: readonly T[], codes: Uint16Array): T[] {
  const out: T[] = [];
  for (const item of items) {
    const previous = out.at(-1);
    if (
      previous &&
      previous.entry === item.entry &&
      !previous.parts &&
      !item.parts &&
      onlyAShortWordBetween(codes, previous.end, item.start)
    ) {
      out[out.length - 1] = { ...item, start: previous.start };
      continue;
    }
    out.push(item);
  }
  return out;
}

const SPACE = 32;
const MAX_JOINING_WORD = 4;

/** Just a space, or a space, one short word ("of", "von", "de") and a space. */
function onlyAShortWordBetween(codes: Uint16Array, from: number, to: number): boolean {
  const gap = to - from;
  if (gap === 1) return codes[from] === SPACE;
  if (gap < 3 || gap > MAX_JOINING_WORD + 2 || codes[from] !== SPACE || codes[to - 1] !== SPACE) return false;
  for (let i = from + 1; i < to - 1; i++) if (!isWordCode(codes[i]!)) return false;
  return true;
}
