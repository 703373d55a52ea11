/**
 * Validates a pack's files: JSON syntax, the zod schema per file, then the cross-checks that need
 * the whole pack. Collects every problem instead of stopping at the first.
 */
import type { z } from 'zod';
import { checkDates } from './check-dates';
import { checkLinks } from './check-links';
import { checkNames } from './check-names';
import { checkSources } from './check-sources';
import { fieldPath, type PackProblem } from './pack-error';
import type { LocatedEntry, LocatedEvent } from './pack-walk';
import { ENTRIES_DIR, type PackFiles, type PackSourceFile } from './read-pack-dir';
import { Entry, PackMeta, TimelineEvent, type Pack } from './schema';

export interface PackValidation {
  /** The validated pack, present only when there are no problems. */
  pack: Pack | undefined;
  problems: PackProblem[];
}

function parseJson(source: PackSourceFile, problems: PackProblem[]): unknown {
  if (source.text === undefined) {
    problems.push({ file: source.file, path: '', message: 'file is missing' });
    return undefined;
  }
  try {
    return JSON.parse(source.text);
  } catch (error) {
    problems.push({ file: source.file, path: '', message: `invalid JSON: ${(error as Error).message}` });
    return undefined;
  }
}

function schemaProblems(
  error: z.ZodError,
  file: string,
  entryId: string | undefined,
  prefix: PropertyKey[] = [],
): PackProblem[] {
  return error.issues.map((issue) => ({
    file,
    entryId,
    path: fieldPath([...prefix, ...issue.path]),
    message: issue.message,
  }));
}

function idOf(raw: unknown): string | undefined {
  const id = (raw as { id?: unknown } | null | undefined)?.id;
  return typeof id === 'string' ? id : undefined;
}

function validateEntries(sources: PackSourceFile[], problems: PackProblem[]) {
  const entries: LocatedEntry[] = [];
  const knownIds = new Set<string>();
  for (const source of sources) {
    const stem = source.file.slice(ENTRIES_DIR.length + 1, -'.json'.length);
    const raw = parseJson(source, problems);
    if (raw === undefined) {
      knownIds.add(stem); // its id must equal its file name: links to it are not broken, the file is
      continue;
    }
    const rawId = idOf(raw);
    if (rawId) knownIds.add(rawId);
    if (rawId && rawId !== stem)
      problems.push({ file: source.file, entryId: rawId, path: 'id', message: `must match the file name ("${stem}")` });
    const parsed = Entry.safeParse(raw);
    if (parsed.success) entries.push({ file: source.file, entry: parsed.data });
    else problems.push(...schemaProblems(parsed.error, source.file, rawId ?? stem));
  }
  return { entries, knownIds };
}

function validateTimeline(source: PackSourceFile, problems: PackProblem[]): LocatedEvent[] {
  const raw = parseJson(source, problems);
  if (raw === undefined) return [];
  if (!Array.isArray(raw)) {
    problems.push({ file: source.file, path: '', message: 'must be an array of events' });
    return [];
  }
  const events: LocatedEvent[] = [];
  raw.forEach((item: unknown, index) => {
    const parsed = TimelineEvent.safeParse(item);
    if (parsed.success) events.push({ file: source.file, index, event: parsed.data });
    else problems.push(...schemaProblems(parsed.error, source.file, idOf(item) ?? `#${index}`, [index]));
  });
  return events;
}

export function validatePackFiles(files: PackFiles): PackValidation {
  const problems: PackProblem[] = [];
  const rawMeta = parseJson(files.meta, problems);
  const meta = rawMeta === undefined ? undefined : PackMeta.safeParse(rawMeta);
  if (meta && !meta.success) problems.push(...schemaProblems(meta.error, files.meta.file, undefined));
  const { entries, knownIds } = validateEntries(files.entries, problems);
  if (files.entries.length === 0) problems.push({ file: ENTRIES_DIR, path: '', message: 'the pack has no entries' });
  const timeline = validateTimeline(files.timeline, problems);

  const asOf = meta?.success ? meta.data.asOf : undefined;
  problems.push(
    ...checkLinks(entries, timeline, knownIds),
    ...checkNames(entries),
    ...checkDates(files.meta.file, asOf, entries, timeline),
    ...checkSources(entries, timeline),
  );
  if (problems.length > 0 || !meta?.success) return { pack: undefined, problems };
  return {
    pack: { ...meta.data, entries: entries.map(({ entry }) => entry), timeline: timeline.map(({ event }) => event) },
    problems,
  };
}
