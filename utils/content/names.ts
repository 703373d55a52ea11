/**
 * The pack's names for the content script: the match index built at build time; no card text (cards
 * come from the background). The prefilter is the first stage's (made from `virtual:backstory/needs`),
 * handed over when it starts the second stage, so it is neither in the second stage's file nor made
 * again there. The index is parsed and its automaton assembled only when a page may mention a name
 * (`createEngineFromData` reads it on first need).
 */
import names from 'virtual:backstory/names';
import { createEngineFromData, type AnchorFilter, type Engine } from '../engine/index';
import { readIndexData } from '../pack/names';
import type { EntryKind } from '../pack/schema';

export interface PageNames {
  engine: Engine;
  kindOf(entryId: string): EntryKind;
}

let pageNames: PageNames | undefined;

/** `prefilter`: the first stage's. One engine per page (this world). */
export function namesForPage(prefilter: AnchorFilter): PageNames {
  if (pageNames) return pageNames;
  const engine = createEngineFromData(() => readIndexData(names), prefilter);
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
