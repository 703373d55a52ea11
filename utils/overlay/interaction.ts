/**
 * How the reader reaches a card with a pointer or a finger, through a handful of listeners on the
 * document (capture phase) and none on the page's elements:
 * - `pointermove` (passive): at most one hit test per animation frame; a mark under a resting mouse
 *   opens its card after the dwell (the card's UI loads meanwhile, the first time); the pointer over
 *   the card keeps it; `pointerout` to nowhere (the pointer left the window) is a pointer on nothing;
 * - `click`: a click or tap on a mark pins its card; on touch, the first tap on a mark inside a link
 *   opens the card instead of following the link (only then is the page's default prevented), the
 *   second follows it; a click elsewhere closes a pinned card (and still does what it did);
 * - `keydown`: Escape closes the card; the first Tab after a card is pinned moves into it (a reader
 *   who tabs on out of it goes on through the page);
 * - `scroll` / `resize` (passive): the card follows its mention.
 * Nothing here stops an event from reaching the page.
 */
import type { CardController } from './card-controller';
import type { Dwell } from './dwell';
import { mentionAtPoint } from './hit-test';
import type { MentionStore, TrackedMention } from './mention-store';

export interface InteractionOptions {
  doc: Document;
  signal: AbortSignal;
  store: MentionStore;
  isMarked(mention: TrackedMention): boolean;
  cards: CardController;
  dwell: Dwell<TrackedMention>;
  /** False once the extension is gone; asking is what triggers the teardown. */
  isValid(): boolean;
}

function linkAround(mention: TrackedMention): Element | null {
  const node = mention.range.startContainer;
  const element = node.nodeType === 1 ? (node as Element) : node.parentElement;
  return element?.closest('a[href]') ?? null;
}

export function listenForReaders(options: InteractionOptions): void {
  const { doc, signal, store, cards, dwell } = options;
  const view = doc.defaultView;
  if (!view) return;
  const passive = { capture: true, passive: true, signal };
  const markedAt = (x: number, y: number) => {
    const mention = mentionAtPoint(doc, store, x, y);
    return mention && options.isMarked(mention) ? mention : null;
  };
  const isOnCard = (event: Event) => cards.host !== null && event.target === cards.host;

  let frame = 0;
  let latest: { x: number; y: number; onCard: boolean } | null = null;
  let wasOnCard = false;
  const hover = () => {
    frame = 0;
    if (!latest || !options.isValid()) return;
    const { x, y, onCard } = latest;
    if (onCard !== wasOnCard) dwell.pointerOnCard(onCard);
    wasOnCard = onCard;
    if (onCard) return;
    const mention = markedAt(x, y);
    // The dwell is the time to fetch the card's UI, the first time.
    if (mention) cards.prepare();
    dwell.pointerAt(mention);
  };
  doc.addEventListener(
    'pointermove',
    (event) => {
      if (event.pointerType === 'touch') return;
      latest = { x: event.clientX, y: event.clientY, onCard: isOnCard(event) };
      frame ||= view.requestAnimationFrame(hover);
    },
    passive,
  );
  // Leaving the window straight from a mark or the card: no move comes to say the pointer is on nothing.
  doc.addEventListener(
    'pointerout',
    (event) => {
      if (event.pointerType === 'touch' || event.relatedTarget !== null || !options.isValid()) return;
      latest = null;
      if (wasOnCard) dwell.pointerOnCard(false);
      wasOnCard = false;
      dwell.pointerAt(null);
    },
    passive,
  );
  signal.addEventListener('abort', () => view.cancelAnimationFrame(frame), { once: true });

  let lastPointerType = 'mouse';
  doc.addEventListener('pointerdown', (event) => void (lastPointerType = event.pointerType), passive);
  doc.addEventListener(
    'click',
    (event) => {
      if (!options.isValid() || isOnCard(event)) return;
      const mention = markedAt(event.clientX, event.clientY);
      if (!mention) {
        if (cards.current && cards.openedBy !== 'hover') cards.close();
        return;
      }
      if (!(doc.getSelection()?.isCollapsed ?? true)) return; // the reader is selecting text
      const touch = lastPointerType === 'touch' || lastPointerType === 'pen';
      if (linkAround(mention)) {
        if (!touch || cards.current === mention) return; // the link does what links do
        event.preventDefault(); // first tap: the card, not the link
      }
      dwell.shown(mention, true);
      void cards.show(mention, 'pointer', { x: event.clientX, y: event.clientY });
    },
    { capture: true, signal },
  );

  let tabbedInto = -1;
  doc.addEventListener(
    'keydown',
    (event) => {
      if (!cards.current) return;
      if (event.key === 'Escape') {
        const fromCard = cards.containsFocus();
        cards.close();
        if (fromCard) {
          event.preventDefault();
          event.stopPropagation();
        }
        return;
      }
      const plainTab = event.key === 'Tab' && !event.shiftKey && !event.altKey && !event.ctrlKey && !event.metaKey;
      if (plainTab && cards.openedBy !== 'hover' && !cards.containsFocus() && tabbedInto !== cards.opening) {
        tabbedInto = cards.opening;
        event.preventDefault();
        cards.focusCard();
      }
    },
    { capture: true, signal },
  );

  let placing = 0;
  const follow = () => {
    if (!cards.current || placing) return;
    placing = view.requestAnimationFrame(() => {
      placing = 0;
      cards.redraw();
    });
  };
  doc.addEventListener('scroll', follow, passive);
  view.addEventListener('resize', follow, { passive: true, signal });
}
