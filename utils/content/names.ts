/**
 * The pack's names for the content script: the match index built at build time and the prefilter's
 * word sets; no card text (cards come from the background). The index is parsed and its automaton
 * assembled only when a page may mention a name (`createEngineFromData` reads it on first need).
 */
import names from 'virtual:backstory/names';
import { createEngineFromData, type Engine } from '../engine/index';
import { readIndexData } from '../pack/names';
import type { EntryKind } from '../pack/schema';

let engine: Engine | undefined;
let kinds: Map<string, EntryKind> | undefined;

export function pageEngine(): Engine {
  return (engine ??= createEngineFromData(() => readIndexData(names), names.needs));
}

export function kindOf(entryId: string): EntryKind {
  kinds ??= new Map(pageEngine().index.entries.map((entry) => [entry.id, entry.kind]));
  return kinds.get(entryId) ?? 'concept';
}
