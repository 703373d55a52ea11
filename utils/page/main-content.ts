/**
 * Which element holds the article. First the semantic candidates (article, main, [itemprop=articleBody],
 * role=main, article-body classes): the one with the most text, then down into a nested candidate
 * that holds most of it (main → article → articleBody), but not into one entry of a live blog.
 * Without candidates (or when the best holds too little of the page), the element whose paragraphs
 * hold the most text. Null when nothing stands out: then all non-peripheral text counts as the article.
 */

/** A nested candidate replaces its container when it holds at least this share of its text. */
const DESCEND_SHARE = 0.6;
/** The chosen element must hold at least this share of the page's (non-peripheral) text. */
const MIN_SHARE = 0.3;

export function chooseMain(
  candidates: readonly Element[],
  candidateText: readonly number[],
  blockText: ReadonlyMap<Element, number>,
): Element | null {
  let total = 0;
  for (const length of blockText.values()) total += length;
  if (total === 0) return null;

  let best = -1;
  candidates.forEach((_, index) => {
    if ((candidateText[index] ?? 0) > (candidateText[best] ?? 0)) best = index;
  });
  if (best >= 0) {
    for (;;) {
      const container = candidates[best]!;
      let child = -1;
      candidates.forEach((candidate, index) => {
        if (index === best || !container.contains(candidate)) return;
        if ((candidateText[index] ?? 0) > (candidateText[child] ?? 0)) child = index;
      });
      if (child < 0 || (candidateText[child] ?? 0) < DESCEND_SHARE * (candidateText[best] ?? 0)) break;
      best = child;
    }
    if ((candidateText[best] ?? 0) >= MIN_SHARE * total) return candidates[best]!;
  }

  const byParent = new Map<Element, number>();
  for (const [block, length] of blockText) {
    const parent = block.parentElement ?? block;
    byParent.set(parent, (byParent.get(parent) ?? 0) + length);
  }
  let bestParent: Element | null = null;
  let bestLength = 0;
  for (const [parent, length] of byParent) {
    if (length > bestLength) {
      bestParent = parent;
      bestLength = length;
    }
  }
  if (!bestParent || bestLength < MIN_SHARE * total) return null;
  const tag = bestParent.nodeName.toUpperCase();
  return tag === 'BODY' || tag === 'HTML' ? null : bestParent;
}
