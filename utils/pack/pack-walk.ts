/**
 * Shared traversals for the cross-checks: every source and every dated field of an entry or a
 * timeline event, each with its field path.
 */
import type { Entry, Source, TimelineEvent } from './schema';

export interface LocatedEntry {
  file: string;
  entry: Entry;
}

export interface LocatedEvent {
  file: string;
  index: number;
  event: TimelineEvent;
}

export interface SourceAt {
  path: PropertyKey[];
  source: Source;
}

export function entrySources(entry: Entry): SourceAt[] {
  const out: SourceAt[] = [];
  const add = (prefix: PropertyKey[], sources: Source[]) =>
    sources.forEach((source, i) => out.push({ path: [...prefix, 'sources', i], source }));
  entry.keyFacts.forEach((fact, i) => add(['keyFacts', i], fact.sources));
  if (entry.sinceThen) add(['sinceThen'], entry.sinceThen.sources);
  entry.disagreements.forEach((disagreement, i) => add(['disagreements', i], disagreement.sources));
  return out;
}

export function eventSources(event: LocatedEvent): SourceAt[] {
  return event.event.sources.map((source, i) => ({ path: [event.index, 'sources', i], source }));
}

export interface DateAt {
  path: PropertyKey[];
  date: string;
}

/** Every date in an entry: key facts, "since then", and the sources' publication dates. */
export function entryDates(entry: Entry): DateAt[] {
  const out: DateAt[] = [];
  entry.keyFacts.forEach((fact, i) => {
    if (fact.date) out.push({ path: ['keyFacts', i, 'date'], date: fact.date });
  });
  if (entry.sinceThen) out.push({ path: ['sinceThen', 'asOf'], date: entry.sinceThen.asOf });
  for (const { path, source } of entrySources(entry)) {
    if (source.date) out.push({ path: [...path, 'date'], date: source.date });
  }
  return out;
}

export function eventDates(event: LocatedEvent): DateAt[] {
  const out: DateAt[] = [{ path: [event.index, 'date'], date: event.event.date }];
  for (const { path, source } of eventSources(event)) {
    if (source.date) out.push({ path: [...path, 'date'], date: source.date });
  }
  return out;
}
