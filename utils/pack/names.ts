/**
 * What the content script loads: for each entry only what finding mentions needs (ids, kinds,
 * signals, aliases and reference phrases), none of the card text.
 */
import type { NameRecord, Pack } from './schema';

export interface NamesModule {
  packId: string;
  version: string;
  asOf: string;
  names: NameRecord[];
}

export function toNameRecords(pack: Pack): NameRecord[] {
  return pack.entries.map(({ id, kind, signal, aliases, references }) => ({ id, kind, signal, aliases, references }));
}

export function toNamesModule(pack: Pack): NamesModule {
  return { packId: pack.id, version: pack.version, asOf: pack.asOf, names: toNameRecords(pack) };
}
