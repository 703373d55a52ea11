/**
 * Opens, fills, places and closes the one card. The card's text comes from the background (the
 * content script holds no card text), is cached per entry and language, and is drawn into the
 * shadow root host, which is only created the first time a card opens.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import cardCss from '@/assets/styles/card.css?inline';
import { CARD_LABELS } from '@/components/card/card-labels';
import { renderCardLayer, type OpenCard } from '@/components/card/render-card-layer';
import type { Language } from '../pack/schema';
import type { CardView } from './card-view';
import type { TrackedMention } from './mention-store';
import { createUiHost, type UiHost } from './ui-host';

/** How the card was opened: hovering waits and may close on its own; the others stay until dismissed. */
export type OpenedBy = 'hover' | 'pointer' | 'keyboard';

export interface CardControllerOptions {
  ctx: ContentScriptContext;
  loadCard(entryId: string, lang: Language): Promise<CardView | null>;
  language(): Language;
  isMuted(entryId: string): boolean;
  mute(entryId: string): Promise<void>;
  showInTimeline(entryId: string): void;
  /** The card closed, whichever way. */
  onClosed(): void;
}

export interface CardController {
  show(mention: TrackedMention, by: OpenedBy, pointer?: { x: number; y: number }): Promise<void>;
  close(): void;
  readonly current: TrackedMention | null;
  readonly openedBy: OpenedBy | null;
  /** The host element, once created (pointer events over it are the card's). */
  readonly host: HTMLElement | null;
  /** Moves focus into the card, remembering where it was. */
  focusCard(): void;
  containsFocus(): boolean;
  /** Draws the card again: placed anew (after a scroll or resize), muted or not (after a settings change). */
  redraw(): void;
  dispose(): void;
}

interface Shown {
  mention: TrackedMention;
  by: OpenedBy;
  card: OpenCard;
}

export function createCardController(options: CardControllerOptions): CardController {
  let host: UiHost | null = null;
  let hostPromise: Promise<UiHost> | null = null;
  let shown: Shown | null = null;
  let announcement = '';
  let placement = 0;
  let generation = 0;
  let disposed = false;
  let cardElement: HTMLDivElement | null = null;
  let returnFocus: HTMLElement | null = null;
  const cache = new Map<string, Promise<CardView | null>>();

  const containsFocus = () => host !== null && document.activeElement === host.host;

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
    if (!host) return;
    const entryId = shown?.mention.entryId;
    renderCardLayer(host.container, {
      open: shown ? { ...shown.card, muted: options.isMuted(shown.mention.entryId) } : null,
      placement,
      announcement,
      onClose: close,
      onMute: () => {
        if (entryId) void options.mute(entryId).then(draw);
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
    async show(mention, by, pointer) {
      const token = ++generation;
      const created = await (hostPromise ??= createUiHost(options.ctx, cardCss));
      if (disposed) return created.remove();
      host = created;
      if (token !== generation || options.ctx.isInvalid) return;
      host.ensureAttached();
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
          announcement = CARD_LABELS[lang].announce(title);
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
    get host() {
      return host?.host ?? null;
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
      if (host) renderCardLayer(host.container, null);
      host?.remove();
      host = null;
      hostPromise = null;
    },
  };
}
