/**
 * Sources beyond what the schema checks: a real host name, no credentials or spaces in the URL,
 * and no source listed twice for the same claim.
 */
import { fieldPath, type PackProblem } from './pack-error';
import { entrySources, eventSources, type LocatedEntry, type LocatedEvent, type SourceAt } from './pack-walk';

function urlProblem(url: string): string | undefined {
  if (/\s/.test(url)) return 'must not contain spaces';
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return 'is not a well-formed URL';
  }
  if (parsed.protocol !== 'https:') return 'must be an https URL';
  if (!/^[a-z0-9-]+(\.[a-z0-9-]+)+$/i.test(parsed.hostname)) return `has no proper host name ("${parsed.hostname}")`;
  if (parsed.username || parsed.password) return 'must not carry credentials';
  return undefined;
}

function collect(file: string, entryId: string, sources: SourceAt[]): PackProblem[] {
  const problems: PackProblem[] = [];
  const seenInList = new Map<string, string>();
  for (const { path, source } of sources) {
    const message = urlProblem(source.url);
    if (message)
      problems.push({ file, entryId, path: fieldPath([...path, 'url']), message: `${source.url} ${message}` });
    const listKey = fieldPath(path.slice(0, -1));
    const key = `${listKey} ${source.url}`;
    if (seenInList.has(key))
      problems.push({
        file,
        entryId,
        path: fieldPath([...path, 'url']),
        message: `also cited at ${seenInList.get(key)}`,
      });
    else seenInList.set(key, fieldPath(path));
  }
  return problems;
}

export function checkSources(entries: LocatedEntry[], timeline: LocatedEvent[]): PackProblem[] {
  const problems: PackProblem[] = [];
  for (const { file, entry } of entries) problems.push(...collect(file, entry.id, entrySources(entry)));
  for (const event of timeline) problems.push(...collect(event.file, event.event.id, eventSources(event)));
  return problems;
}
