import type { Entry, EntryKind, Pack, TimelineEvent } from '@/utils/pack/schema';
import { ENTRY_KINDS } from '@/utils/pack/schema';

export interface FoundEntry {
  entry: Entry;
  mentions: number;
}

/** The entries found on a page, grouped by kind in the pack's kind order, most mentioned first. */
export function groupFound(pack: Pack, found: Record<string, number>): { kind: EntryKind; entries: FoundEntry[] }[] {
  const byId = new Map(pack.entries.map((entry) => [entry.id, entry]));
  return ENTRY_KINDS.map((kind) => ({
    kind,
    entries: Object.entries(found)
      .map(([id, mentions]) => ({ entry: byId.get(id), mentions }))
      .filter((item): item is FoundEntry => item.entry?.kind === kind)
      .sort((a, b) => b.mentions - a.mentions || a.entry.id.localeCompare(b.entry.id)),
  })).filter((group) => group.entries.length > 0);
}

export interface TimelineRow {
  event: TimelineEvent;
  /** Some entry linked to this event was found on the page. */
  onThisPage: boolean;
}

/** The episode's timeline in date order, each event flagged when the page mentions what it links to. */
export function timelineRows(pack: Pack, found: Record<string, number>): TimelineRow[] {
  return [...pack.timeline]
    .sort((a, b) => a.date.localeCompare(b.date))
    .map((event) => ({ event, onThisPage: event.entries.some((id) => (found[id] ?? 0) > 0) }));
}
