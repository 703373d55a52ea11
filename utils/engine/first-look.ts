/**
 * The cheap first look: scan only the top of a page (title, headline, standfirst, first paragraphs)
 * and decide whether the full pass is worth running. It says "stop" only when the page is clearly
 * unrelated: nothing from the pack at all, or only background names on a page dated far from the talks.
 */
import { createHitScanner } from './candidates';
import { classifyDate } from './dates';
import type { MatchIndex } from './match-index';
import type { FoldedDocument, PageFacts } from './types';

export interface FirstLook {
  /** False when the page is clearly unrelated and nothing more should be done. */
  promising: boolean;
  reason: string;
  /** Entry ids seen in the first look (names, not yet disambiguated). */
  seen: string[];
}

export function firstLook(index: MatchIndex, doc: FoldedDocument, facts: PageFacts = {}): FirstLook {
  const scanner = createHitScanner(index, doc);
  while (!scanner.step(Number.MAX_SAFE_INTEGER));
  const { aliases, segments } = scanner.hits;
  const seen = new Set<number>();
  let substantive = false;
  for (const hit of aliases) {
    seen.add(hit.pattern.entry);
    if (!hit.pattern.rule && index.entries[hit.pattern.entry]!.signal !== 'background') substantive = true;
  }
  segments.forEach((pieces, reference) => {
    if (pieces.every((hits) => hits.length > 0)) {
      seen.add(index.references[reference]!.entry);
      substantive = true;
    }
  });
  const ids = [...seen].map((entry) => index.entries[entry]!.id);
  if (seen.size === 0) return { promising: false, reason: 'no names from the talks at the top of the page', seen: ids };
  if (!substantive && classifyDate(facts.published ?? null) === 'far') {
    return { promising: false, reason: 'only background names, on a page dated far from the talks', seen: ids };
  }
  return { promising: true, reason: `named at the top: ${ids.slice(0, 4).join(', ')}`, seen: ids };
}
