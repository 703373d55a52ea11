/**
 * The pack's names for the content script: the match index built at build time; no card text (cards
 * come from the background). The prefilter's word sets are the first stage's (`virtual:backstory/needs`),
 * handed over when it starts the second stage, so they are not in the second stage's file again. The
 * index is parsed and its automaton assembled only when a page may mention a name
 * (`createEngineFromData` reads it on first need).
 */
import names from 'virtual:backstory/names';
import { createEngineFromData, type Engine } from '../engine/index';
import { readIndexData } from '../pack/names';
import type { EntryKind } from '../pack/schema';

export interface PageNames {
  engine: Engine;
  kindOf(entryId: string): EntryKind;
}

let pageNames: PageNames | undefined;

/** `needs`: the prefilter's word sets, as the first stage has them. One engine per page (this world). */
export function namesForPage(needs: string): PageNames {
  if (pageNames) return pageNames;
  const engine = createEngineFromData(() => readIndexData(names), needs);
  let kinds: Map<string, EntryKind> | undefined;
  pageNames = {
    engine,
    kindOf(entryId) {
      kinds ??= new Map(engine.index.entries.map((entry) => [entry.id, entry.kind]));
      return kinds.get(entryId) ?? 'concept';
    },
  };
  return pageNames;
}
