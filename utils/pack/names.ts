/**
 * What the content script loads: not the pack's entries but what finding mentions needs, ready to
 * use — the match index built at build time (`toIndexData`: the trie, the patterns and their rules,
 * the entries' ids, kinds and signals; no card text) as JSON text, parsed only on a page that may
 * mention a name, and the prefilter's word sets (`neededWords`, hashed), which every page reads.
 *
 * The trie, already text (base64, 108 KB for the Geneva pack), is a string of its own beside the
 * JSON: parsed out of the JSON it was copied afresh on every page that reads the index, a quarter of
 * what reading the index allocated (sampled on the typical bench article: 428 KB, now 318).
 */
import { encodeNeeds, neededWords } from '../engine/anchors';
import { toIndexData, type MatchIndexData } from '../engine/index-data';
import { buildMatchIndex } from '../engine/match-index';
import type { NameRecord, Pack } from './schema';

export interface NamesModule {
  packId: string;
  version: string;
  asOf: string;
  /** `MatchIndexData` without its trie, as JSON text (`readIndexData` parses it). */
  indexJson: string;
  /** `MatchIndexData.trie`. */
  trie: string;
  /** For each alias and phrase, the words it needs, as `encodeNeeds` writes them (see `utils/engine/anchors.ts`). */
  needs: string;
}

export function toNameRecords(pack: Pack): NameRecord[] {
  return pack.entries.map(({ id, kind, signal, aliases, references }) => ({ id, kind, signal, aliases, references }));
}

export function toNamesModule(pack: Pack): NamesModule {
  const names = toNameRecords(pack);
  const { trie, ...rest } = toIndexData(buildMatchIndex(names));
  return {
    packId: pack.id,
    version: pack.version,
    asOf: pack.asOf,
    indexJson: JSON.stringify(rest),
    trie,
    needs: encodeNeeds(neededWords(names)),
  };
}

/** The index data of a names module (built from a validated pack, so read as it is). */
export function readIndexData(module: Pick<NamesModule, 'indexJson' | 'trie'>): MatchIndexData {
  return { ...(JSON.parse(module.indexJson) as Omit<MatchIndexData, 'trie'>), trie: module.trie };
}
