/**
 * Ids and links: entry and timeline ids are unique, every `related`, `withEntries` and timeline
 * link names an entry that exists, and the timeline is in date order.
 */
import { fieldPath, type PackProblem } from './pack-error';
import type { LocatedEntry, LocatedEvent } from './pack-walk';

function checkEntryLinks({ file, entry }: LocatedEntry, knownIds: ReadonlySet<string>): PackProblem[] {
  const problems: PackProblem[] = [];
  const at = (path: PropertyKey[], message: string) =>
    problems.push({ file, entryId: entry.id, path: fieldPath(path), message });
  const seen = new Set<string>();
  entry.related.forEach((id, i) => {
    if (id === entry.id) at(['related', i], 'an entry cannot be related to itself');
    else if (!knownIds.has(id)) at(['related', i], `no entry has the id "${id}"`);
    if (seen.has(id)) at(['related', i], `"${id}" is listed twice`);
    seen.add(id);
  });
  entry.aliases.forEach((alias, i) => {
    alias.ambiguous?.withEntries?.forEach((id, k) => {
      if (!knownIds.has(id)) at(['aliases', i, 'ambiguous', 'withEntries', k], `no entry has the id "${id}"`);
    });
  });
  return problems;
}

export function checkLinks(
  entries: LocatedEntry[],
  timeline: LocatedEvent[],
  knownIds: ReadonlySet<string>,
): PackProblem[] {
  const problems: PackProblem[] = [];
  const firstFileOfId = new Map<string, string>();
  for (const located of entries) {
    const { file, entry } = located;
    const first = firstFileOfId.get(entry.id);
    if (first)
      problems.push({ file, entryId: entry.id, path: 'id', message: `duplicate id: ${first} already uses it` });
    else firstFileOfId.set(entry.id, file);
    problems.push(...checkEntryLinks(located, knownIds));
  }

  const eventIds = new Set<string>();
  let previousDate = '';
  for (const { file, index, event } of timeline) {
    const at = (path: PropertyKey[], message: string) =>
      problems.push({ file, entryId: event.id, path: fieldPath(path), message });
    if (eventIds.has(event.id)) at([index, 'id'], 'duplicate timeline event id');
    eventIds.add(event.id);
    event.entries.forEach((id, k) => {
      if (!knownIds.has(id)) at([index, 'entries', k], `no entry has the id "${id}"`);
    });
    if (event.date < previousDate)
      at(
        [index, 'date'],
        `${event.date} comes before the previous event's ${previousDate}: keep the timeline in date order`,
      );
    previousDate = event.date;
  }
  return problems;
}
