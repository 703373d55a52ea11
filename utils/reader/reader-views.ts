/**
 * What the reader page derives from an annotated article and the pack: the margin notes (one per
 * entry, numbered in order of first mention, then the entries found only elsewhere on the page),
 * the people named (who's who), and the episode's timeline with the article's own events picked out.
 */
import type { Entry, EntryKind, TimelineEvent } from '../pack/schema';
import type { ReaderMention } from './annotate';

export interface MarginNote {
  entryId: string;
  /** 1-based; the footnote number in print. */
  number: number;
  /** The first mention's index, or null for an entry found only outside the article's text. */
  firstMention: number | null;
  mentions: number;
}

export function marginNotes(mentions: readonly ReaderMention[], elsewhere: readonly string[]): MarginNote[] {
  const notes = new Map<string, MarginNote>();
  for (const mention of mentions) {
    const note = notes.get(mention.entryId);
    if (note) note.mentions++;
    else
      notes.set(mention.entryId, {
        entryId: mention.entryId,
        number: notes.size + 1,
        firstMention: mention.index,
        mentions: 1,
      });
  }
  for (const entryId of elsewhere) {
    if (!notes.has(entryId)) notes.set(entryId, { entryId, number: notes.size + 1, firstMention: null, mentions: 0 });
  }
  return [...notes.values()];
}

/** Everyone named, in order of first mention. */
export function whosWho(notes: readonly MarginNote[], entries: ReadonlyMap<string, Entry>): Entry[] {
  return notes.map((note) => entries.get(note.entryId)).filter((entry): entry is Entry => entry?.kind === 'person');
}

/** Entry kinds that stand for a moment in the story: naming one names its events. */
const MOMENT_KINDS: ReadonlySet<EntryKind> = new Set(['event', 'document']);

export interface TimelineRow {
  event: TimelineEvent;
  /** The article names this event (or the document it produced). */
  own: boolean;
  /** Entries of this event the article names. */
  named: string[];
}

export function articleTimeline(
  timeline: readonly TimelineEvent[],
  found: ReadonlySet<string>,
  entries: ReadonlyMap<string, Entry>,
): TimelineRow[] {
  return [...timeline]
    .sort((a, b) => a.date.localeCompare(b.date))
    .map((event) => {
      const named = event.entries.filter((id) => found.has(id));
      const own = named.some((id) => MOMENT_KINDS.has(entries.get(id)?.kind ?? 'concept'));
      return { event, own, named };
    });
}
