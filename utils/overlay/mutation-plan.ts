/**
 * What a batch of DOM mutations means for the marks: which subtrees to read again, whether text
 * left the page, or (past a burst of `HUGE_BATCH` records, as Dark Reader does) one full rescan
 * instead of thousands of small ones. Changes to the extension's own UI are ignored.
 *
 * A dirty subtree is widened to its nearest block ("Sergei <b>Ryabkov</b>": an edit inside the <b>
 * re-reads the paragraph, so a name split by inline markup is still found whole).
 */
export const HUGE_BATCH = 1000;

export interface MutationPlan {
  /** Read the whole page again (a burst, or a change at the top of the document). */
  rescan: boolean;
  /** Subtrees to read again: connected, none inside another. */
  dirty: Element[];
  /** Some nodes left the document: mentions there may be gone. */
  removed: boolean;
}

const INLINE = new Set([
  'A',
  'ABBR',
  'B',
  'BDI',
  'BDO',
  'CITE',
  'CODE',
  'DATA',
  'DFN',
  'EM',
  'FONT',
  'I',
  'INS',
  'DEL',
  'KBD',
  'LABEL',
  'MARK',
  'Q',
  'S',
  'SAMP',
  'SMALL',
  'SPAN',
  'STRONG',
  'SUB',
  'SUP',
  'TIME',
  'U',
  'VAR',
  'WBR',
  'BR',
]);

/** The nearest ancestor-or-self that is not inline markup. */
export function blockOf(element: Element): Element {
  let current = element;
  while (INLINE.has(current.nodeName.toUpperCase()) && current.parentElement) current = current.parentElement;
  return current;
}

function elementOf(node: Node): Element | null {
  return node.nodeType === 1 ? (node as Element) : node.parentElement;
}

/** Drops roots inside other roots (sorting by depth keeps it linear in practice). */
function outermost(roots: Iterable<Element>): Element[] {
  const kept: Element[] = [];
  const depth = (element: Element) => {
    let d = 0;
    for (let e: Element | null = element; e; e = e.parentElement) d++;
    return d;
  };
  const sorted = [...roots].map((root) => ({ root, depth: depth(root) })).sort((a, b) => a.depth - b.depth);
  for (const { root } of sorted) if (!kept.some((outer) => outer.contains(root))) kept.push(root);
  return kept;
}

export function planMutations(records: readonly MutationRecord[], isOwn: (node: Node) => boolean): MutationPlan {
  if (records.length > HUGE_BATCH) return { rescan: true, dirty: [], removed: true };
  const roots = new Set<Element>();
  let removed = false;
  let added = 0;
  for (const record of records) {
    if (isOwn(record.target)) continue;
    if (record.type === 'characterData') {
      const parent = record.target.parentElement;
      if (parent) roots.add(blockOf(parent));
      continue;
    }
    if (record.type !== 'childList') continue;
    for (const node of record.removedNodes) if (!isOwn(node)) removed = true;
    for (const node of record.addedNodes) {
      if (isOwn(node) || (node.nodeType !== 1 && node.nodeType !== 3)) continue;
      added++;
      const element = elementOf(node);
      if (element) roots.add(blockOf(element));
    }
  }
  if (added > HUGE_BATCH) return { rescan: true, dirty: [], removed: true };
  const dirty = outermost([...roots].filter((root) => root.isConnected));
  const top = dirty.some((root) => root === root.ownerDocument.body || root === root.ownerDocument.documentElement);
  return top ? { rescan: true, dirty: [], removed: true } : { rescan: false, dirty, removed };
}
