/**
 * Which mentions get a mark: by default only the first mention of each entry (the reader needs one
 * way in per entry, not a page full of underlines), or every mention; never an entry the reader
 * muted, here or everywhere.
 */
export type MarkMode = 'first' | 'every';

export function selectMarks<T extends { entryId: string }>(
  inDocumentOrder: readonly T[],
  mode: MarkMode,
  isMuted: (entryId: string) => boolean,
): T[] {
  const seen = new Set<string>();
  const marked: T[] = [];
  for (const mention of inDocumentOrder) {
    if (isMuted(mention.entryId)) continue;
    if (mode === 'first' && seen.has(mention.entryId)) continue;
    seen.add(mention.entryId);
    marked.push(mention);
  }
  return marked;
}
