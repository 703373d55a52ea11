/**
 * The pack's name records for the scripts: through the pack module (`loadPack` + `toNameRecords`) when
 * it is there and the pack validates; otherwise straight from the entry files, keeping only the
 * matching fields (ids, kinds, signals, aliases, references) with the schema's defaults.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { NameRecord } from '../../utils/pack/schema';

export const PACK_DIR = resolve(import.meta.dirname, '../../packs/geneva-2022');

export interface LoadedNames {
  names: NameRecord[];
  /** How they were loaded, for a one-line note. */
  via: string;
}

type RawRecord = Partial<NameRecord> & { id: string };

function fromEntryFiles(dir: string): NameRecord[] {
  const entriesDir = join(dir, 'entries');
  return readdirSync(entriesDir)
    .filter((file) => file.endsWith('.json'))
    .sort()
    .map((file) => {
      const raw = JSON.parse(readFileSync(join(entriesDir, file), 'utf8')) as RawRecord;
      return {
        id: raw.id,
        kind: raw.kind ?? 'concept',
        signal: raw.signal ?? 'background',
        aliases: (raw.aliases ?? []).map((alias) => ({
          ...alias,
          form: alias.form ?? 'variant',
          ...(alias.ambiguous ? { ambiguous: { ...alias.ambiguous, window: alias.ambiguous.window ?? 80 } } : {}),
        })),
        references: (raw.references ?? []).map((reference) => ({
          ...reference,
          maxGapWords: reference.maxGapWords ?? 6,
        })),
      };
    });
}

export async function loadNames(dir = PACK_DIR): Promise<LoadedNames> {
  const moduleDir = resolve(import.meta.dirname, '../../utils/pack');
  if (existsSync(join(moduleDir, 'load-pack.ts')) && existsSync(join(moduleDir, 'names.ts'))) {
    try {
      // Imported by path: the pack module may not exist yet while the pack is being written.
      const load = (name: string) => import(pathToFileURL(join(moduleDir, name)).href);
      const { loadPack } = (await load('load-pack.ts')) as { loadPack: (dir: string) => unknown };
      const { toNameRecords } = (await load('names.ts')) as { toNameRecords: (pack: unknown) => NameRecord[] };
      return { names: toNameRecords(loadPack(dir)), via: 'loadPack' };
    } catch (error) {
      return {
        names: fromEntryFiles(dir),
        via: `entry files (loadPack failed: ${String((error as Error).message).split('\n')[0]})`,
      };
    }
  }
  return { names: fromEntryFiles(dir), via: 'entry files (no loadPack yet)' };
}
