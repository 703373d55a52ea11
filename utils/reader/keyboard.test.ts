import { describe, expect, it } from 'vitest';
import { readerKey, stepIndex, type KeyInput } from './keyboard';

const key = (value: string, more: Partial<KeyInput> = {}): KeyInput => ({
  key: value,
  ctrlKey: false,
  altKey: false,
  metaKey: false,
  typing: false,
  onMention: false,
  inNote: false,
  inTimeline: false,
  ...more,
});

describe('the reader page keys', () => {
  it('moves between mentions with j and k, and toggles the timeline with t', () => {
    expect(readerKey(key('j'))).toEqual({ kind: 'step', by: 1 });
    expect(readerKey(key('k'))).toEqual({ kind: 'step', by: -1 });
    expect(readerKey(key('t'))).toEqual({ kind: 'toggle-timeline' });
  });

  it('opens a note with Enter only on a mention, and goes back with Escape from a note', () => {
    expect(readerKey(key('Enter'))).toBeNull();
    expect(readerKey(key('Enter', { onMention: true }))).toEqual({ kind: 'open-note' });
    expect(readerKey(key('Escape'))).toBeNull();
    expect(readerKey(key('Escape', { inNote: true }))).toEqual({ kind: 'back-to-text' });
    expect(readerKey(key('Escape', { inTimeline: true }))).toEqual({ kind: 'close-timeline' });
  });

  it('leaves typing and browser shortcuts alone', () => {
    expect(readerKey(key('j', { typing: true }))).toBeNull();
    expect(readerKey(key('j', { ctrlKey: true }))).toBeNull();
    expect(readerKey(key('t', { metaKey: true }))).toBeNull();
    expect(readerKey(key('k', { altKey: true }))).toBeNull();
  });

  it('steps through positions and wraps at both ends', () => {
    expect(stepIndex(null, 1, 3)).toBe(0);
    expect(stepIndex(null, -1, 3)).toBe(2);
    expect(stepIndex(2, 1, 3)).toBe(0);
    expect(stepIndex(0, -1, 3)).toBe(2);
    expect(stepIndex(1, 1, 3)).toBe(2);
    expect(stepIndex(null, 1, 0)).toBeNull();
  });
});
