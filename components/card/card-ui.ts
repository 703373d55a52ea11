/** The card's UI as the content script loads it (`entrypoints/content-card.ts`). */
import cardCss from '@/assets/styles/card.css?inline';
import type { CardUi } from '@/utils/overlay/card-ui';
import { CARD_LABELS } from './card-labels';
import { renderCardLayer } from './render-card-layer';

export const cardUi: CardUi = {
  css: cardCss,
  render: renderCardLayer,
  announce: (lang, title) => CARD_LABELS[lang].announce(title),
};
