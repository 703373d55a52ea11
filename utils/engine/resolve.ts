/**
 * Overlap resolution: the longest span wins ("NATO-Russia Council" over "NATO"), then the better
 * accepted one (a name whose rule held beats a guess), then the leftmost. A reference phrase with gaps
 * occupies only its pieces, so a name inside its gap still counts.
 */

export interface Resolvable {
  start: number;
  end: number;
  parts?: Array<[number, number]>;
  /** Higher wins among spans of equal length. */
  rank: number;
}

class IntervalSet {
  private starts: number[] = [];
  private ends: number[] = [];

  /** First interval whose start is >= position. */
  private lowerBound(position: number): number {
    let lo = 0;
    let hi = this.starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.starts[mid]! < position) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  overlaps(start: number, end: number): boolean {
    const at = this.lowerBound(end);
    return at > 0 && this.ends[at - 1]! > start;
  }

  add(start: number, end: number): void {
    const at = this.lowerBound(start);
    this.starts.splice(at, 0, start);
    this.ends.splice(at, 0, end);
  }
}

export function resolveOverlaps<T extends Resolvable>(items: readonly T[]): T[] {
  const order = [...items].sort(
    (a, b) => b.end - b.start - (a.end - a.start) || b.rank - a.rank || a.start - b.start,
  );
  const taken = new IntervalSet();
  const kept: T[] = [];
  for (const item of order) {
    const parts = item.parts ?? [[item.start, item.end]];
    if (parts.some(([start, end]) => taken.overlaps(start, end))) continue;
    for (const [start, end] of parts) taken.add(start, end);
    kept.push(item);
  }
  return kept.sort((a, b) => a.start - b.start || a.end - b.end);
}

/**
 * Joins a title and a name of the same entry that stand side by side ("Deputy Secretary of State" +
 * "Wendy Sherman") into one mention: one thing for the reader, one mark on the page.
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
      item.start - previous.end === 1 &&
      codes[previous.end] === SPACE
    ) {
      out[out.length - 1] = { ...item, start: previous.start };
      continue;
    }
    out.push(item);
  }
  return out;
}

const SPACE = 32;
