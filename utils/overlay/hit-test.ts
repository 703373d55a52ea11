/**
 * The mention under a point, found without any listener or node on the page's elements:
 * the caret position at the point (`caretPositionFromPoint`, or WebKit's `caretRangeFromPoint`),
 * the mention covering that character, then a check against the mention's own client rects (a caret
 * position is the nearest one, and may be far from the pointer at a line's end or in a margin).
 */
import type { MentionStore, TrackedMention } from './mention-store';

export interface CaretPoint {
  node: Node;
  offset: number;
}

type CaretDocument = Document & {
  caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
  caretRangeFromPoint?: (x: number, y: number) => Range | null;
};

export function caretAt(doc: Document, x: number, y: number): CaretPoint | null {
  const caretDoc = doc as CaretDocument;
  if (typeof caretDoc.caretPositionFromPoint === 'function') {
    const position = caretDoc.caretPositionFromPoint(x, y);
    return position ? { node: position.offsetNode, offset: position.offset } : null;
  }
  if (typeof caretDoc.caretRangeFromPoint === 'function') {
    const range = caretDoc.caretRangeFromPoint(x, y);
    return range ? { node: range.startContainer, offset: range.startOffset } : null;
  }
  return null;
}

/** Whether (x, y) falls on one of the range's line boxes, with a pixel of slack. */
export function rangeContainsPoint(range: Range, x: number, y: number, slack = 1): boolean {
  for (const rect of range.getClientRects()) {
    if (x >= rect.left - slack && x <= rect.right + slack && y >= rect.top - slack && y <= rect.bottom + slack)
      return true;
  }
  return false;
}

export function mentionAtPoint(doc: Document, store: MentionStore, x: number, y: number): TrackedMention | null {
  const caret = caretAt(doc, x, y);
  if (!caret || caret.node.nodeType !== 3) return null;
  // A caret sits between characters: over a word's last letter it may land just after it.
  const mention =
    store.at(caret.node, caret.offset) ?? (caret.offset > 0 ? store.at(caret.node, caret.offset - 1) : null);
  return mention && rangeContainsPoint(mention.range, x, y) ? mention : null;
}
