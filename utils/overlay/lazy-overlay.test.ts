// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { lazyOverlay } from './lazy-overlay';
import { MentionStore, type TrackedMention } from './mention-store';
import type { Overlay } from './overlay';

function mentionOfFirstWord(): TrackedMention {
  document.body.innerHTML = '<p>Ryabkov spoke.</p>';
  const range = document.createRange();
  range.setStart(document.body.firstChild!.firstChild!, 0);
  range.setEnd(document.body.firstChild!.firstChild!, 7);
  const why = { matched: 'Ryabkov', via: 'alias' as const, lang: 'en' as const, text: '' };
  return { entryId: 'sergei-ryabkov', kind: 'person', surface: 'Ryabkov', why, range };
}

function recordingOverlay(calls: string[]): Overlay {
  return {
    refresh: () => void calls.push('refresh'),
    move: () => (calls.push('move'), true),
    showEntry: () => (calls.push('showEntry'), true),
    dispose: () => void calls.push('dispose'),
  };
}

describe('the overlay made on first need', () => {
  it('creates nothing while the page has no mention', () => {
    const store = new MentionStore();
    let created = 0;
    const overlay = lazyOverlay(store, () => (created++, recordingOverlay([])));
    overlay.refresh();
    expect(overlay.move('next')).toBe(false);
    expect(overlay.showEntry('sergei-ryabkov')).toBe(false);
    overlay.dispose();
    expect(created).toBe(0);
  });

  it('creates the overlay once, when the first mention is in the store, and keeps it after the store empties', () => {
    const store = new MentionStore();
    const calls: string[] = [];
    let created = 0;
    const overlay = lazyOverlay(store, () => (created++, recordingOverlay(calls)));
    store.replaceAll([mentionOfFirstWord()]);
    overlay.refresh();
    expect(overlay.move('next')).toBe(true);
    store.clear();
    // The marks painted before must still be taken away.
    overlay.refresh();
    overlay.dispose();
    expect(created).toBe(1);
    expect(calls).toEqual(['refresh', 'move', 'refresh', 'dispose']);
  });
});
