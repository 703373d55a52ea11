/**
 * The names Backstory's marks are registered under in `CSS.highlights`, one per mark style and kind
 * of entry (so each kind has its own colour), plus the keyboard's focus mark. The names match the
 * rules in `highlight-rules.ts`.
 */
import type { EntryKind } from '../pack/schema';

export type MarkStyle = 'underline' | 'highlight' | 'dotted';

export const ENTRY_KINDS_FOR_MARKS: readonly EntryKind[] = [
  'person',
  'organisation',
  'event',
  'document',
  'place',
  'concept',
];
export const MARK_STYLES_FOR_MARKS: readonly MarkStyle[] = ['underline', 'highlight', 'dotted'];

export const FOCUS_HIGHLIGHT = 'backstory-focus';

export function markHighlightName(style: MarkStyle, kind: EntryKind): string {
  return `backstory-${style}-${kind}`;
}

/** Every name Backstory may register: what a clean-up deletes (Firefox cannot iterate the registry from a content script). */
export function allHighlightNames(): string[] {
  const names = [FOCUS_HIGHLIGHT];
  for (const style of MARK_STYLES_FOR_MARKS)
    for (const kind of ENTRY_KINDS_FOR_MARKS) names.push(markHighlightName(style, kind));
  return names;
}
