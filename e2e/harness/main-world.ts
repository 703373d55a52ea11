/**
 * What a test reads and records from a page's own (main) world, where the page's scripts run:
 * - a MutationObserver started at DOMContentLoaded that keeps every DOM change nobody announced:
 *   the page's own scripts wrap their changes in `window.__pageMutation(change)` (see the overlay
 *   fixtures' `page-mutation.js`), so what remains was done by someone else, i.e. the extension.
 *   Changes to Backstory's one UI host (outside the page's content) are left out and counted apart;
 * - the time from DOMContentLoaded to the first mark;
 * - Backstory's marks, read from `CSS.highlights` (one registry per document, shared with the
 *   content script), and its card, read from the host's open shadow root.
 * The functions below run in the page: they must not close over anything.
 */

/** Init script (as source text): install before the page loads, with `SessionOptions.initScripts`. */
export const MUTATION_RECORDER = `(() => {
  const foreign = [];
  let hostChanges = 0;
  let observer = null;
  const isHost = (node) => node && node.nodeType === 1 && node.hasAttribute('data-backstory-ui');
  const inHost = (node) => {
    for (let current = node; current; current = current.parentNode) if (isHost(current)) return true;
    return false;
  };
  const keep = (records) => {
    for (const record of records) {
      const nodes = [...record.addedNodes, ...record.removedNodes];
      if (inHost(record.target) || (nodes.length > 0 && nodes.every(isHost))) {
        hostChanges++;
        continue;
      }
      foreign.push({
        type: record.type,
        target: record.target.nodeName,
        attribute: record.attributeName,
        added: [...record.addedNodes].map((node) => node.nodeName),
        removed: [...record.removedNodes].map((node) => node.nodeName),
      });
    }
  };
  const start = () => {
    window.__domContentLoadedAt = performance.now();
    observer = new MutationObserver(keep);
    observer.observe(document, { subtree: true, childList: true, characterData: true, attributes: true });
    const waitForMarks = () => {
      for (const name of CSS.highlights.keys()) {
        if (name.startsWith('backstory-') && name !== 'backstory-focus') {
          window.__firstMarkAt = performance.now();
          return;
        }
      }
      requestAnimationFrame(waitForMarks);
    };
    waitForMarks();
  };
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start, { once: true });
  else start();
  window.__pageMutation = (change) => {
    if (observer) keep(observer.takeRecords());
    try {
      change();
    } finally {
      if (observer) observer.takeRecords();
    }
  };
  window.__foreignMutations = () => {
    if (observer) keep(observer.takeRecords());
    return { foreign: foreign.slice(), hostChanges };
  };
})();`;

export interface ForeignMutation {
  type: string;
  target: string;
  attribute: string | null;
  added: string[];
  removed: string[];
}

export function foreignMutations(): { foreign: ForeignMutation[]; hostChanges: number } {
  const read = (window as unknown as { __foreignMutations?: () => { foreign: ForeignMutation[]; hostChanges: number } })
    .__foreignMutations;
  if (!read) throw new Error('the mutation recorder is not installed in this page');
  return read();
}

/** Milliseconds from DOMContentLoaded to the first Backstory mark, or null before any. */
export function timeToMarks(): number | null {
  const w = window as unknown as { __domContentLoadedAt?: number; __firstMarkAt?: number };
  return w.__firstMarkAt === undefined || w.__domContentLoadedAt === undefined
    ? null
    : w.__firstMarkAt - w.__domContentLoadedAt;
}

export interface MarkOnPage {
  name: string;
  text: string;
  connected: boolean;
}

/** Every range in Backstory's mark highlights (not the focus mark), in registry order. */
export function readMarks(): MarkOnPage[] {
  const marks: MarkOnPage[] = [];
  CSS.highlights.forEach((highlight, name) => {
    if (!name.startsWith('backstory-') || name === 'backstory-focus') return;
    highlight.forEach((range) => {
      const r = range as Range;
      marks.push({ name, text: r.toString().replace(/\s+/g, ' '), connected: r.startContainer.isConnected });
    });
  });
  return marks;
}

/** The text under the keyboard's focus mark, if any. */
export function readFocusMark(): string | null {
  let text: string | null = null;
  CSS.highlights.get('backstory-focus')?.forEach((range) => {
    text = (range as Range).toString().replace(/\s+/g, ' ');
  });
  return text;
}

/** The centre of the first line box of the first mark whose text is `text` (null if none). */
export function markCentre(text: string): { x: number; y: number } | null {
  let found: { x: number; y: number } | null = null;
  CSS.highlights.forEach((highlight, name) => {
    if (!name.startsWith('backstory-') || name === 'backstory-focus') return;
    highlight.forEach((range) => {
      const r = range as Range;
      if (found || r.toString().replace(/\s+/g, ' ') !== text) return;
      const box = r.getClientRects()[0];
      if (box) found = { x: box.left + box.width / 2, y: box.top + box.height / 2 };
    });
  });
  return found;
}

export interface CardOnPage {
  open: boolean;
  title: string;
  text: string;
  role: string | null;
  label: string | null;
  focused: boolean;
  rect: { left: number; top: number; width: number; height: number } | null;
}

/** Backstory's card as the page shows it (from the host's open shadow root). */
export function readCard(): CardOnPage {
  const host = document.querySelector('[data-backstory-ui]');
  const card = host?.shadowRoot?.querySelector('.card') as HTMLElement | null | undefined;
  if (!host || !card) return { open: false, title: '', text: '', role: null, label: null, focused: false, rect: null };
  const open = card.matches(':popover-open');
  const box = open ? card.getBoundingClientRect() : null;
  return {
    open,
    title: card.querySelector('h2')?.textContent ?? '',
    text: (card.textContent ?? '').replace(/\s+/g, ' '),
    role: card.getAttribute('role'),
    label: card.getAttribute('aria-label'),
    focused: document.activeElement === host && host.shadowRoot?.activeElement === card,
    rect: box && { left: box.left, top: box.top, width: box.width, height: box.height },
  };
}
