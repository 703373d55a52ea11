// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import type { CardController } from './card-controller';
import type { Dwell } from './dwell';
import { listenForReaders } from './interaction';
import { MentionStore, type TrackedMention } from './mention-store';

function setUp() {
  const dwell = { pointerAt: vi.fn(), pointerOnCard: vi.fn(), shown: vi.fn(), hidden: vi.fn() };
  const cards = { current: null, openedBy: null, host: null, opening: 0 } as unknown as CardController;
  const stop = new AbortController();
  listenForReaders({
    doc: document,
    signal: stop.signal,
    store: new MentionStore(),
    isMarked: () => true,
    cards,
    dwell: dwell as unknown as Dwell<TrackedMention>,
    isValid: () => true,
  });
  return { dwell, stop };
}

const pointerOut = (init: PointerEventInit) =>
  document.body.dispatchEvent(new PointerEvent('pointerout', { bubbles: true, ...init }));

describe('reaching a card with a pointer', () => {
  it('takes a pointer that left the window for a pointer on nothing, so a hover card closes', () => {
    const { dwell, stop } = setUp();
    pointerOut({ pointerType: 'mouse', relatedTarget: null });
    expect(dwell.pointerAt).toHaveBeenCalledWith(null);
    stop.abort();
  });

  it('ignores a pointer that only moved to another element, and touches', () => {
    const { dwell, stop } = setUp();
    pointerOut({ pointerType: 'mouse', relatedTarget: document.createElement('p') });
    pointerOut({ pointerType: 'touch', relatedTarget: null });
    expect(dwell.pointerAt).not.toHaveBeenCalled();
    stop.abort();
    pointerOut({ pointerType: 'mouse', relatedTarget: null });
    expect(dwell.pointerAt).not.toHaveBeenCalled();
  });
});
