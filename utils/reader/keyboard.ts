/**
 * The reader page's keys, as plain decisions (the component applies them):
 *   j / k     next / previous mention (wrapping), focused and scrolled into view
 *   Enter     on a focused mention: its note in the margin
 *   Escape    in a note: back to the mention it came from; in the timeline: close it
 *   t         open or close the timeline
 * Keys typed into a field, or with Ctrl/Alt/Meta, are the browser's.
 */

export type ReaderKey =
  | { kind: 'step'; by: 1 | -1 }
  | { kind: 'open-note' }
  | { kind: 'back-to-text' }
  | { kind: 'toggle-timeline' }
  | { kind: 'close-timeline' };

export interface KeyInput {
  key: string;
  ctrlKey: boolean;
  altKey: boolean;
  metaKey: boolean;
  /** The event's target is a text field or editable. */
  typing: boolean;
  /** Focus is on a mention mark. */
  onMention: boolean;
  /** Focus is inside a margin note. */
  inNote: boolean;
  /** Focus is inside the timeline panel. */
  inTimeline: boolean;
}

export function readerKey(input: KeyInput): ReaderKey | null {
  if (input.ctrlKey || input.altKey || input.metaKey || input.typing) return null;
  switch (input.key) {
    case 'j':
      return { kind: 'step', by: 1 };
    case 'k':
      return { kind: 'step', by: -1 };
    case 't':
      return { kind: 'toggle-timeline' };
    case 'Enter':
      return input.onMention ? { kind: 'open-note' } : null;
    case 'Escape':
      if (input.inNote) return { kind: 'back-to-text' };
      return input.inTimeline ? { kind: 'close-timeline' } : null;
    default:
      return null;
  }
}

/** The next position among `count`, wrapping; from nowhere, the first (forwards) or the last (backwards). */
export function stepIndex(current: number | null, by: 1 | -1, count: number): number | null {
  if (count === 0) return null;
  if (current === null) return by === 1 ? 0 : count - 1;
  return (((current + by) % count) + count) % count;
}
