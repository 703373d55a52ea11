/**
 * The card in the top layer: a non-modal dialog (`popover="manual"`, so neither the page's own
 * popovers nor a click elsewhere closes it behind the reader's back), named by its title, plus a
 * polite live region that announces cards opened from the keyboard.
 */
import { useLayoutEffect, useRef } from 'preact/hooks';
import type { Why } from '@/utils/engine/types';
import type { Language } from '@/utils/pack/schema';
import { Card, type CardContent } from './Card';
import { CARD_LABELS } from './card-labels';
import { positionCard, type Anchor } from './position-card';

export interface OpenCard {
  key: string;
  anchor: Anchor;
  content: CardContent;
  lang: Language;
  surface: string;
  why: Why;
  muted: boolean;
}

export interface CardLayerProps {
  open: OpenCard | null;
  /** Changes when the card should be placed again (the page scrolled or resized): a new render places it. */
  placement: number;
  announcement: string;
  onClose(): void;
  onMute(): void;
  onShowInTimeline(): void;
  cardRef?: (element: HTMLDivElement | null) => void;
}

function isOpen(element: HTMLElement): boolean {
  try {
    return element.matches(':popover-open');
  } catch {
    return false;
  }
}

export function CardLayer(props: CardLayerProps) {
  const ref = useRef<HTMLDivElement>(null);
  const { open } = props;
  const title = open?.content.state === 'ready' ? open.content.view.title.text : (open?.surface ?? '');

  useLayoutEffect(() => {
    const card = ref.current;
    if (!card) return;
    if (open && card.isConnected) {
      if (!isOpen(card)) card.showPopover();
      void positionCard(card, open.anchor);
    } else if (isOpen(card)) {
      card.hidePopover();
    }
  });

  return (
    <>
      <div
        ref={(element) => {
          ref.current = element;
          props.cardRef?.(element);
        }}
        class="card"
        popover="manual"
        role="dialog"
        aria-modal="false"
        aria-label={open ? CARD_LABELS[open.lang].cardName(title) : 'Backstory'}
        tabIndex={-1}
        lang={open?.lang}
        data-entry={open?.key}
        data-kind={open?.content.state === 'ready' ? open.content.view.kind : undefined}
        data-state={open?.content.state}
      >
        {open && (
          <Card
            content={open.content}
            lang={open.lang}
            surface={open.surface}
            why={open.why}
            muted={open.muted}
            onClose={props.onClose}
            onMute={props.onMute}
            onShowInTimeline={props.onShowInTimeline}
          />
        )}
      </div>
      <div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">
        {props.announcement}
      </div>
    </>
  );
}
