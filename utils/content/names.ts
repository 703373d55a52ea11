/**
 * The pack's names for the content script: what finding mentions needs, and no card text (cards come
 * from the background). The engine's automaton is built once per page, on first use.
 */
import names from 'virtual:backstory/names';
import { createEngine, type Engine } from '../engine/index';
import type { EntryKind } from '../pack/schema';

let engine: Engine | undefined;
let kinds: Map<string, EntryKind> | undefined;

export function pageEngine(): Engine {
  return (engine ??= createEngine(names.names));
}

export function kindOf(entryId: string): EntryKind {
  kinds ??= new Map(names.names.map((record) => [record.id, record.kind]));
  return kinds.get(entryId) ?? 'concept';
}
