import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createDwell, DWELL_MS, GRACE_MS } from './dwell';

function setup() {
  const events: string[] = [];
  const dwell = createDwell<string>({
    open: (target) => events.push(`open ${target}`),
    close: () => events.push('close'),
  });
  return { dwell, events };
}

describe('dwell and grace timing', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('opens a card only after the pointer rests on a mark for the dwell time', () => {
    const { dwell, events } = setup();
    dwell.pointerAt('ryabkov');
    vi.advanceTimersByTime(DWELL_MS - 1);
    expect(events).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(events).toEqual(['open ryabkov']);
    expect(dwell.current).toBe('ryabkov');
  });

  it('does not open a card for a pointer that only passes over a mark', () => {
    const { dwell, events } = setup();
    dwell.pointerAt('ryabkov');
    vi.advanceTimersByTime(100);
    dwell.pointerAt(null);
    vi.advanceTimersByTime(DWELL_MS * 3);
    expect(events).toEqual([]);
  });

  it('keeps moving within the same mark from restarting the dwell', () => {
    const { dwell, events } = setup();
    dwell.pointerAt('ryabkov');
    vi.advanceTimersByTime(200);
    dwell.pointerAt('ryabkov');
    vi.advanceTimersByTime(100);
    expect(events).toEqual(['open ryabkov']);
  });

  it('closes after the grace period when the pointer leaves, unless it reaches the card in time', () => {
    const { dwell, events } = setup();
    dwell.pointerAt('sherman');
    vi.advanceTimersByTime(DWELL_MS);
    dwell.pointerAt(null);
    vi.advanceTimersByTime(GRACE_MS - 50);
    dwell.pointerOnCard(true);
    vi.advanceTimersByTime(GRACE_MS * 5);
    expect(events).toEqual(['open sherman']);

    dwell.pointerOnCard(false);
    vi.advanceTimersByTime(GRACE_MS - 1);
    expect(events).toEqual(['open sherman']);
    vi.advanceTimersByTime(1);
    expect(events).toEqual(['open sherman', 'close']);
    expect(dwell.current).toBeNull();
  });

  it('keeps the card when the pointer comes back to its mark within the grace period', () => {
    const { dwell, events } = setup();
    dwell.pointerAt('nato');
    vi.advanceTimersByTime(DWELL_MS);
    dwell.pointerAt(null);
    vi.advanceTimersByTime(GRACE_MS / 2);
    dwell.pointerAt('nato');
    vi.advanceTimersByTime(GRACE_MS * 2);
    expect(events).toEqual(['open nato']);
  });

  it('switches to another mark after the dwell on it', () => {
    const { dwell, events } = setup();
    dwell.pointerAt('nato');
    vi.advanceTimersByTime(DWELL_MS);
    dwell.pointerAt('osce');
    vi.advanceTimersByTime(Math.max(DWELL_MS, GRACE_MS));
    expect(events).toEqual(['open nato', 'close', 'open osce']);
    expect(dwell.current).toBe('osce');
  });

  it('never closes or replaces a pinned card on its own', () => {
    const { dwell, events } = setup();
    dwell.shown('ryabkov', true);
    dwell.pointerAt(null);
    dwell.pointerAt('sherman');
    vi.advanceTimersByTime(DWELL_MS * 10);
    expect(events).toEqual([]);
    expect(dwell.current).toBe('ryabkov');
    expect(dwell.pinned).toBe(true);
  });

  it('forgets everything when the card is closed some other way', () => {
    const { dwell, events } = setup();
    dwell.pointerAt('ryabkov');
    vi.advanceTimersByTime(DWELL_MS);
    dwell.hidden();
    vi.advanceTimersByTime(GRACE_MS * 2);
    expect(events).toEqual(['open ryabkov']);
    expect(dwell.current).toBeNull();
    dwell.pointerAt('ryabkov');
    vi.advanceTimersByTime(DWELL_MS);
    expect(events).toEqual(['open ryabkov', 'open ryabkov']);
  });

  it('leaves no timer behind when disposed', () => {
    const { dwell, events } = setup();
    dwell.pointerAt('ryabkov');
    dwell.dispose();
    vi.advanceTimersByTime(DWELL_MS * 10);
    expect(events).toEqual([]);
    expect(vi.getTimerCount()).toBe(0);
  });
});
