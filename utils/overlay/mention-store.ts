/**
 * The mentions currently on the page, each with a live `Range`, in document order. Analyses fill it
 * (the whole page, or one re-analysed subtree at a time); mutations empty ranges whose text left the
 * document, and `prune` drops those. It also answers "which mention covers this character?" for
 * hit-testing, through a per-text-node index rebuilt after each change.
 */
import type { EntryKind } from '../pack/schema';
import type { Why } from '../engine/types';

export interface TrackedMention {
  entryId: string;
  kind: EntryKind;
  /** The words as the reader saw them when the mention was found. */
  surface: string;
  why: Why;
  /** Live: it follows edits to the page's text. */
  range: Range;
}

const SHOW_TEXT = 0x4;

function inDocumentOrder(a: TrackedMention, b: TrackedMention): number {
  try {
    return a.range.compareBoundaryPoints(0 /* Range.START_TO_START */, b.range);
  } catch {
    return 0; // ranges in different trees (a node moved into a shadow root, say): keep their order
  }
}

/** The index of the first of `ordered` that comes after `probe` (binary search: a few comparisons). */
function firstAfter(ordered: readonly TrackedMention[], probe: TrackedMention): number {
  let lo = 0;
  let hi = ordered.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (inDocumentOrder(ordered[mid]!, probe) < 0) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function isLive(mention: TrackedMention): boolean {
  const { range } = mention;
  return !range.collapsed && range.startContainer.isConnected && range.endContainer.isConnected;
}

function textNodesOf(range: Range): Text[] {
  const { startContainer, endContainer } = range;
  if (startContainer === endContainer) return startContainer.nodeType === 3 ? [startContainer as Text] : [];
  const nodes: Text[] = [];
  const doc = startContainer.ownerDocument;
  if (!doc) return nodes;
  const walker = doc.createTreeWalker(range.commonAncestorContainer, SHOW_TEXT);
  walker.currentNode = startContainer;
  if (startContainer.nodeType === 3) nodes.push(startContainer as Text);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!range.intersectsNode(node)) break;
    nodes.push(node as Text);
  }
  return nodes;
}

export class MentionStore {
  private items: TrackedMention[] = [];
  private byNode: WeakMap<Node, TrackedMention[]> | null = null;

  /** Mentions in document order. */
  all(): readonly TrackedMention[] {
    return this.items;
  }

  get size(): number {
    return this.items.length;
  }

  /**
   * Replaces every mention with `mentions`, which come in document order (as an analysis gives them:
   * by their offset in the page text). Not sorted here: on a page with thousands of mentions, sorting
   * live ranges is tens of thousands of boundary comparisons, each a call across Firefox's Xray wrapper.
   */
  replaceAll(mentions: readonly TrackedMention[]): void {
    this.items = mentions.filter(isLive);
    this.byNode = null;
  }

  /** Replaces the mentions that start inside `root` (re-analysed) with `mentions`, in document order. */
  replaceWithin(root: Node, mentions: readonly TrackedMention[]): void {
    const kept = this.items.filter((mention) => !root.contains(mention.range.startContainer));
    const fresh = mentions.filter(isLive);
    // The fresh mentions all start inside `root` and the kept ones outside it: they go in as one block.
    const at = fresh.length === 0 ? kept.length : firstAfter(kept, fresh[0]!);
    this.items = [...kept.slice(0, at), ...fresh, ...kept.slice(at)];
    this.byNode = null;
  }

  /** After the page changed: drops mentions whose text left the document (true when any did) and re-indexes. */
  prune(): boolean {
    this.byNode = null;
    const live = this.items.filter(isLive);
    if (live.length === this.items.length) return false;
    this.items = live;
    return true;
  }

  clear(): void {
    this.items = [];
    this.byNode = null;
  }

  /** The mention covering the character at `offset` in text node `node` (the innermost if they nest). */
  at(node: Node, offset: number): TrackedMention | null {
    this.byNode ??= this.index();
    const candidates = this.byNode.get(node);
    if (!candidates) return null;
    let best: TrackedMention | null = null;
    let bestLength = Infinity;
    for (const mention of candidates) {
      const { range } = mention;
      const from = node === range.startContainer ? range.startOffset : 0;
      const to = node === range.endContainer ? range.endOffset : (node as Text).length;
      const length = range.toString().length;
      if (offset >= from && offset < to && length < bestLength) {
        best = mention;
        bestLength = length;
      }
    }
    return best;
  }

  private index(): WeakMap<Node, TrackedMention[]> {
    const map = new WeakMap<Node, TrackedMention[]>();
    for (const mention of this.items) {
      for (const node of textNodesOf(mention.range)) {
        const list = map.get(node);
        if (list) list.push(mention);
        else map.set(node, [mention]);
      }
    }
    return map;
  }
}
