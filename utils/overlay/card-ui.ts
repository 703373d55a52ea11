/**
 * What the card controller asks of the card's UI: Preact, the card's components, its styles and the
 * positioning library, in a file of their own (`content-card.js`, see `card-script.ts`) that a page
 * loads the first time a card is wanted, not with the marks.
 */
import type { CardLayerProps } from '@/components/card/render-card-layer';
import type { Language } from '../pack/schema';

export interface CardUi {
  /** The card's style sheet, for the host's shadow root. */
  css: string;
  /** Draws the card layer into the host's container, or empties it (`null`). */
  render(container: Element, props: CardLayerProps | null): void;
  /** What a screen reader hears once a card opened from the keyboard is filled. */
  announce(lang: Language, title: string): string;
}
