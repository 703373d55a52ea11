/** Test helper: the names the matcher accepts in a text (before the page verdict), with their surfaces. */
import type { NameRecord } from '../../pack/schema';
import { createHitScanner } from '../candidates';
import { buildMatchIndex, type MatchIndex } from '../match-index';
import { buildCandidates, sourceSpan, whyOf } from '../mention-candidates';
import { resolveOverlaps } from '../resolve';
import { foldTextDocument } from '../text-document';

const cache = new WeakMap<readonly NameRecord[], MatchIndex>();

export function findNames(names: readonly NameRecord[], text: string, options: { includePending?: boolean } = {}) {
  let index = cache.get(names);
  if (!index) {
    index = buildMatchIndex(names);
    cache.set(names, index);
  }
  const doc = foldTextDocument(text);
  const scanner = createHitScanner(index, doc);
  while (!scanner.step(1 << 20));
  const candidates = buildCandidates(index, doc, scanner.hits).filter(
    (candidate) => options.includePending || candidate.acceptedBy,
  );
  return resolveOverlaps(candidates).map((candidate) => {
    const [start, end] = sourceSpan(doc, candidate.start, candidate.end);
    return { id: index.entries[candidate.entry]!.id, text: text.slice(start, end), via: whyOf(candidate).via };
  });
}
