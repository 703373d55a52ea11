/**
 * How much of the article is about the entries: the share of its paragraphs (blocks of at least
 * `MIN_BLOCK` units in the article zones) that name a substantive entry. A story about something else
 * that recalls the talks in one paragraph has a low share; coverage of the talks, a high one.
 */
import type { FoldBuffer } from './fold';
import type { Zone } from './types';

const MIN_BLOCK = 60;
const ARTICLE_ZONES: ReadonlySet<Zone> = new Set(['headline', 'standfirst', 'body', 'caption']);

export interface Coverage {
  /** Article paragraphs long enough to count. */
  blocks: number;
  /** Of those, the ones naming a substantive entry. */
  covered: number;
}

function blockIndex(breaks: readonly number[], at: number): number {
  let lo = 0;
  let hi = breaks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (breaks[mid]! < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export function measureCoverage(
  buffer: FoldBuffer,
  zoneOf: (at: number) => Zone,
  substantiveStarts: readonly number[],
): Coverage {
  const { breaks } = buffer;
  const counted = new Set<number>();
  let blocks = 0;
  for (let block = 0, start = 0; block <= breaks.length; block++) {
    const end = block < breaks.length ? breaks[block]! : buffer.length;
    if (end - start >= MIN_BLOCK && ARTICLE_ZONES.has(zoneOf(start))) {
      blocks++;
      counted.add(block);
    }
    start = end + 1;
  }
  const covered = new Set<number>();
  for (const at of substantiveStarts) {
    const block = blockIndex(breaks, at);
    if (counted.has(block)) covered.add(block);
  }
  return { blocks, covered: covered.size };
}
