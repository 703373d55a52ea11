/**
 * The overlay for one page: marks for the mentions in the store (the reader's mark mode and style,
 * muted entries left out), the card, hover/tap/keyboard access to it, and the keyboard's focus mark.
 * Listeners are added only once there is something marked, and all go with `signal`.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Language } from '../pack/schema';
import { createCardController } from './card-controller';
import type { CardUi } from './card-ui';
import type { CardView } from './card-view';
import { createDwell } from './dwell';
import type { MarkStyle } from './highlight-names';
import { listenForReaders } from './interaction';
import { selectMarks, type MarkMode } from './mark-selection';
import { createMarks } from './marks';
import { nextMentionIndex, type Direction } from './mention-cursor';
import { createUiHost } from './ui-host';
import type { MentionStore, TrackedMention } from './mention-store';

export interface OverlayOptions {
  ctx: ContentScriptContext;
  store: MentionStore;
  signal: AbortSignal;
  markMode(): MarkMode;
  markStyle(): MarkStyle;
  isMuted(entryId: string): boolean;
  cardLanguage(): Language;
  loadCard(entryId: string, lang: Language): Promise<CardView | null>;
  /** The card's UI, loaded the first time a card is wanted (`card-script.ts`). */
  loadCardUi(): Promise<CardUi>;
  mute(entryId: string): Promise<void>;
  showInTimeline(entryId: string): void;
  /** Brings the rules for marks in `style` to the page (see `highlight-styles.ts`); called before marks are painted. */
  adoptRules(style: MarkStyle): void;
}

export interface Overlay {
  /** Paints the marks again from the store and the settings. */
  refresh(): void;
  /** Moves the keyboard's focus to the next or previous mark and opens its card; false with no marks. */
  move(direction: Direction): boolean;
  /** Goes to the entry's first mention and opens its card; false when the page does not mention it. */
  showEntry(entryId: string): boolean;
  dispose(): void;
}

/** Scrolls just enough to bring a mention into view (instantly: no motion to opt out of). */
function reveal(range: Range): void {
  const rect = range.getBoundingClientRect();
  const height = window.innerHeight;
  if (rect.top >= 0 && rect.bottom <= height) return;
  window.scrollBy({ top: rect.top - height / 3, behavior: 'instant' });
}

export function createOverlay(options: OverlayOptions): Overlay {
  const { store, signal, ctx } = options;
  const marks = createMarks(CSS.highlights, options.adoptRules);
  let marked: TrackedMention[] = [];
  let markedSet = new Set<TrackedMention>();
  let focused: TrackedMention | null = null;
  let listening = false;

  const cards = createCardController({
    ctx,
    loadUi: options.loadCardUi,
    createHost: (css) => createUiHost(ctx, css),
    loadCard: options.loadCard,
    language: options.cardLanguage,
    isMuted: options.isMuted,
    mute: options.mute,
    showInTimeline: options.showInTimeline,
    onClosed: () => dwell.hidden(),
  });
  const dwell = createDwell<TrackedMention>({
    open: (mention) => void cards.show(mention, 'hover'),
    close: () => cards.close(),
  });

  const focusOn = (mention: TrackedMention) => {
    focused = mention;
    marks.focus(mention.range);
    reveal(mention.range);
    dwell.shown(mention, true);
    void cards.show(mention, 'keyboard');
  };

  return {
    refresh() {
      if (signal.aborted) return;
      const all = store.all();
      marked = selectMarks(all, options.markMode(), options.isMuted);
      markedSet = new Set(marked);
      marks.paint(marked, options.markStyle());
      const present = new Set(all);
      if (focused && !present.has(focused)) {
        focused = null;
        marks.focus(null);
      }
      if (cards.current && !present.has(cards.current)) cards.close();
      else cards.redraw();
      if (marked.length > 0 && !listening) {
        listening = true;
        listenForReaders({
          doc: document,
          signal,
          store,
          isMarked: (mention) => markedSet.has(mention),
          cards,
          dwell,
          isValid: () => !ctx.isInvalid,
        });
      }
    },
    move(direction) {
      if (marked.length === 0) return false;
      const extents = marked.map((mention) => mention.range.getBoundingClientRect());
      const index = nextMentionIndex(extents, focused ? marked.indexOf(focused) : -1, direction, window.innerHeight);
      focusOn(marked[index]!);
      return true;
    },
    showEntry(entryId) {
      const mention = store.all().find((candidate) => candidate.entryId === entryId);
      if (!mention) return false;
      focusOn(mention);
      return true;
    },
    dispose() {
      dwell.dispose();
      cards.dispose();
      marks.clear();
      marked = [];
      markedSet = new Set();
      focused = null;
    },
  };
}
