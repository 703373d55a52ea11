/**
 * Places the card next to its mention with Floating UI: below the line the mention is on (or above,
 * where there is no room), kept inside the viewport. The card is a popover in the top layer, so its
 * position is `fixed` and page z-indexes never bury it. Under `SHEET_MAX_WIDTH` it is a bottom sheet
 * instead, laid out by the stylesheet alone.
 */
import { computePosition, flip, inline, offset, shift, size } from '@floating-ui/dom';

export const SHEET_MAX_WIDTH = 480;

export interface Anchor {
  range: Range;
  /** Where the pointer was, to pick the right line of a mention that wraps. */
  pointer?: { x: number; y: number };
}

export async function positionCard(card: HTMLElement, anchor: Anchor): Promise<void> {
  const view = card.ownerDocument.defaultView;
  if (!view || view.innerWidth <= SHEET_MAX_WIDTH) {
    card.style.removeProperty('left');
    card.style.removeProperty('top');
    card.style.removeProperty('max-height');
    return;
  }
  const { range, pointer } = anchor;
  const reference = {
    getBoundingClientRect: () => range.getBoundingClientRect(),
    getClientRects: () => range.getClientRects(),
  };
  const { x, y } = await computePosition(reference, card, {
    strategy: 'fixed',
    placement: 'bottom-start',
    middleware: [
      inline(pointer),
      offset(8),
      flip({ padding: 8 }),
      shift({ padding: 8 }),
      size({
        padding: 8,
        apply: ({ availableHeight, elements }) => {
          elements.floating.style.maxHeight = `${Math.max(160, Math.floor(availableHeight))}px`;
        },
      }),
    ],
  });
  card.style.left = `${Math.round(x)}px`;
  card.style.top = `${Math.round(y)}px`;
}
