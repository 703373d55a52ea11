import { render } from 'preact';
import { CardLayer, type CardLayerProps } from './CardLayer';

/** Renders the card layer into Backstory's shadow root, or empties it (`null`). */
export function renderCardLayer(container: Element, props: CardLayerProps | null): void {
  render(props ? <CardLayer {...props} /> : null, container);
}

export type { CardLayerProps, OpenCard } from './CardLayer';
