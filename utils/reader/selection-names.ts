/**
 * What "Explain with Backstory" finds in a selection. The selection is read as a page first; when it
 * does not read like coverage of the talks (a few words rarely do), the names in it count anyway,
 * because the reader asked about exactly these words: names that stand on their own, ambiguous
 * names whose context is in the selection (a `near` word, or another entry their rule names), but
 * never one that needs a page about the talks ("Sherman" alone stays unexplained).
 */
import { createHitScanner } from '../engine/candidates';
import type { Engine } from '../engine/index';
import { ACCEPTANCE_RANK, buildCandidates, toMention } from '../engine/mention-candidates';
import { mergeAdjacent, resolveOverlaps } from '../engine/resolve';
import { entriesSatisfy } from '../engine/rules';
import { foldTextDocument } from '../engine/text-document';
import type { EngineMention } from '../engine/types';

/** A selection longer than this is cut (the context menu's selection text is short in practice). */
export const MAX_SELECTION_CHARS = 20_000;

export function namesInSelection(engine: Engine, selection: string): EngineMention[] {
  const text = selection.slice(0, MAX_SELECTION_CHARS);
  const analysis = engine.analyzeText(text, { lineBreaks: 'auto' });
  if (analysis.verdict !== 'unrelated') return analysis.mentions;

  const { index } = engine;
  const doc = foldTextDocument(text, { lineBreaks: 'auto' });
  const scanner = createHitScanner(index, doc);
  while (!scanner.step(1 << 16));
  const candidates = buildCandidates(index, doc, scanner.hits);
  const present = new Set(
    resolveOverlaps(candidates.filter((candidate) => candidate.acceptedBy !== null)).map(
      (candidate) => index.entries[candidate.entry]!.id,
    ),
  );
  for (const candidate of candidates) {
    if (candidate.acceptedBy !== null || !candidate.rule) continue;
    const other = entriesSatisfy(candidate.rule, present, index.entries[candidate.entry]!.id);
    if (other === null) continue;
    const label = index.entries[index.entryIndex.get(other)!]!.label;
    candidate.acceptedBy = 'withEntries';
    candidate.rank = ACCEPTANCE_RANK.withEntries;
    candidate.detail = `with ${label} in the selection`;
  }
  const accepted = resolveOverlaps(candidates.filter((candidate) => candidate.acceptedBy !== null));
  return mergeAdjacent(accepted, doc.buffer.codes).map((candidate) => toMention(index, doc, candidate, 'body'));
}
