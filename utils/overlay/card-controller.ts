/**
 * Opens, fills, places and closes the one card. The card's text comes from the background (the
 * content script holds no card text), is cached per entry and language, and is drawn into the
 * shadow root host, which is only created the first time a card opens. The card's UI itself is
 * loaded on first need (`loadUi`): `prepare` starts that load when the reader is about to want a
 * card (the pointer rests on a mark through the dwell), so the card rarely waits for it.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { OpenCard } from '@/components/card/render-card-layer';
import type { Language } from '../pack/schema';
import type { CardUi } from './card-ui';
import type { CardView } from './card-view';
import type { TrackedMention } from './mention-store';
import type { UiHost } from './ui-host';

/** How the card was opened: hovering waits and may close on its own; the others stay until dismissed. */
export type OpenedBy = 'hover' | 'pointer' | 'keyboard';

export interface CardControllerOptions {
  ctx: ContentScriptContext;
  /** The card's UI (`card-script.ts`); asked for once, again only after it failed. */
  loadUi(): Promise<CardUi>;
  /** Puts Backstory's host on the page with `css` in its shadow root (`createUiHost`). */
  createHost(css: string): Promise<UiHost>;
  loadCard(entryId: string, lang: Language): Promise<CardView | null>;
  language(): Language;
  isMuted(entryId: string): boolean;
  mute(entryId: string): Promise<void>;
  showInTimeline(entryId: string): void;
  /** The card closed, whichever way. */
  onClosed(): void;
}

export interface CardController {
  /** Starts loading the card's UI, if it is not loaded yet: a card is probably about to be wanted. */
  prepare(): void;
  show(mention: TrackedMention, by: OpenedBy, pointer?: { x: number; y: number }): Promise<void>;
  close(): void;
  readonly current: TrackedMention | null;
  readonly openedBy: OpenedBy | null;
  /** Counts the cards shown: a new card, or the same one shown again, has a new number. */
  readonly opening: number;
  /** The host element, once created (pointer events over it are the card's). */
  readonly host: HTMLElement | null;
  /** Moves focus into the card, remembering where it was. */
  focusCard(): void;
  containsFocus(): boolean;
  /** Draws the card again: placed anew (after a scroll or resize), muted or not (after a settings change). */
  redraw(): void;
  dispose(): void;
}

/** The card's UI and the host it draws into, together: one is no use without the other. */
interface Drawing {
  ui: CardUi;
  host: UiHost;
}

interface Shown {
  mention: TrackedMention;
  by: OpenedBy;
  card: OpenCard;
}

export function createCardController(options: CardControllerOptions): CardController {
  let drawing: Drawing | null = null;
  let drawingPromise: Promise<Drawing> | null = null;
  let uiPromise: Promise<CardUi> | null = null;
  let shown: Shown | null = null;
  let announcement = '';
  let placement = 0;
  let generation = 0;
  let openings = 0;
  let disposed = false;
  let cardElement: HTMLDivElement | null = null;
  let returnFocus: HTMLElement | null = null;
  const cache = new Map<string, Promise<CardView | null>>();

  const containsFocus = () => drawing !== null && document.activeElement === drawing.host.host;

  const loadUi = (): Promise<CardUi> => {
    if (uiPromise) return uiPromise;
    const loading = options.loadUi();
    // A failed load (the extension restarting, say) is tried again the next time a card is wanted.
    loading.catch(() => {
      if (uiPromise === loading) uiPromise = null;
    });
    return (uiPromise = loading);
  };

  const close = () => {
    generation++;
    const hadFocus = containsFocus();
    const wasOpen = shown !== null;
    shown = null;
    announcement = '';
    draw();
    if (hadFocus) {
      if (returnFocus?.isConnected) returnFocus.focus({ preventScroll: true });
      else (document.activeElement as HTMLElement | null)?.blur();
    }
    returnFocus = null;
    if (wasOpen) options.onClosed();
  };

  const draw = () => {
    if (!drawing) return;
    const entryId = shown?.mention.entryId;
    drawing.ui.render(drawing.host.container, {
      open: shown ? { ...shown.card, muted: options.isMuted(shown.mention.entryId) } : null,
      placement,
      announcement,
      onClose: close,
      onMute: () => {
        // A site whose address settings cannot keep (an odd host annotated once) stays unmuted.
        if (entryId)
          options.mute(entryId).then(draw, (error: unknown) => console.warn('Backstory: could not mute', error));
      },
      onShowInTimeline: () => {
        if (entryId) options.showInTimeline(entryId);
      },
      cardRef: (element) => {
        cardElement = element;
      },
    });
  };

  const load = (entryId: string, lang: Language): Promise<CardView | null> => {
    const key = `${entryId}:${lang}`;
    let pending = cache.get(key);
    if (!pending) {
      pending = options.loadCard(entryId, lang).catch(() => null);
      cache.set(key, pending);
      // A failed load may be the extension restarting: try again next time.
      void pending.then((view) => view ?? cache.delete(key));
    }
    return pending;
  };

  return {
    prepare() {
      // Called on every frame the pointer spends on a mark: only the first asks.
      if (!disposed && !uiPromise) void loadUi();
    },
    async show(mention, by, pointer) {
      const token = ++generation;
      let created: Drawing;
      try {
        created = await (drawingPromise ??= loadUi().then(async (ui) => ({
          ui,
          host: await options.createHost(ui.css),
        })));
      } catch {
        // No card this time; the next attempt loads the UI again.
        drawingPromise = null;
        return;
      }
      if (disposed) return created.host.remove();
      drawing = created;
      if (token !== generation || options.ctx.isInvalid) return;
      drawing.host.ensureAttached();
      const lang = options.language();
      const card: OpenCard = {
        key: mention.entryId,
        anchor: { range: mention.range, ...(pointer ? { pointer } : {}) },
        content: { state: 'loading' },
        lang,
        surface: mention.surface,
        why: mention.why,
        muted: false,
      };
      shown = { mention, by, card };
      openings++;
      announcement = '';
      draw();
      const view = await load(mention.entryId, lang);
      if (token !== generation) return;
      shown = { mention, by, card: { ...card, content: view ? { state: 'ready', view } : { state: 'unavailable' } } };
      draw();
      if (by === 'keyboard') {
        // A live region announces a change, not its first content: fill it a moment after it exists.
        const title = view?.title.text ?? mention.surface;
        setTimeout(() => {
          if (token !== generation) return;
          announcement = created.ui.announce(lang, title);
          draw();
        }, 150);
      }
    },
    close,
    get current() {
      return shown?.mention ?? null;
    },
    get openedBy() {
      return shown?.by ?? null;
    },
    get opening() {
      return openings;
    },
    get host() {
      return drawing?.host.host ?? null;
    },
    focusCard() {
      if (!cardElement || !shown || containsFocus()) return;
      const active = document.activeElement;
      returnFocus = active instanceof HTMLElement && active !== document.body ? active : null;
      cardElement.focus();
    },
    containsFocus,
    redraw() {
      if (!shown) return;
      placement++;
      draw();
    },
    dispose() {
      disposed = true;
      generation++;
      shown = null;
      drawing?.ui.render(drawing.host.container, null);
      drawing?.host.remove();
      drawing = null;
      drawingPromise = null;
    },
  };
}
