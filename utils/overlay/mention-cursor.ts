/**
 * Where the keyboard goes next among the marked mentions (in document order): one step forward or
 * back from the current one, wrapping at the ends so every mark is reachable; with no current one,
 * the first mark in or below the viewport (next) or the last one in or above it (previous).
 */
export type Direction = 'next' | 'previous';

export interface Extent {
  top: number;
  bottom: number;
}

export function nextMentionIndex(
  extents: readonly Extent[],
  current: number,
  direction: Direction,
  viewportHeight: number,
): number {
  const count = extents.length;
  if (count === 0) return -1;
  if (current >= 0 && current < count) return (current + (direction === 'next' ? 1 : count - 1)) % count;
  if (direction === 'next') {
    const below = extents.findIndex((extent) => extent.bottom >= 0);
    return below === -1 ? 0 : below;
  }
  for (let index = count - 1; index >= 0; index--) if (extents[index]!.top <= viewportHeight) return index;
  return count - 1;
}
