/**
 * Reads a pack directory from disk as raw text (Node only). Parsing and validation happen in
 * `validate-pack.ts`, which works on these texts and so can also be tested without a disk.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface PackSourceFile {
  /** Path relative to the pack directory, with forward slashes. */
  file: string;
  /** File contents; `undefined` when the file is missing. */
  text: string | undefined;
}

export interface PackFiles {
  meta: PackSourceFile;
  timeline: PackSourceFile;
  entries: PackSourceFile[];
}

export const META_FILE = 'pack.json';
export const TIMELINE_FILE = 'timeline.json';
export const ENTRIES_DIR = 'entries';

/** The pack's files relative to `dir`: metadata, timeline, then entries in name order. */
export function listPackFiles(dir: string): string[] {
  const entriesDir = join(dir, ENTRIES_DIR);
  const entryNames = existsSync(entriesDir)
    ? readdirSync(entriesDir)
        .filter((name) => name.endsWith('.json'))
        .sort()
    : [];
  return [META_FILE, TIMELINE_FILE, ...entryNames.map((name) => `${ENTRIES_DIR}/${name}`)];
}

export function readPackDir(dir: string): PackFiles {
  const [meta, timeline, ...entries] = listPackFiles(dir).map((file): PackSourceFile => {
    const path = join(dir, file);
    return { file, text: existsSync(path) ? readFileSync(path, 'utf8') : undefined };
  });
  return { meta: meta!, timeline: timeline!, entries };
}
