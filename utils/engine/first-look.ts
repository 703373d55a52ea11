/**
 * The cheap first look: from the hits found in the top of a page (its title and description, and the
 * first stretch of its text), decide whether the full pass is worth running. It says "stop" only when
 * the page is clearly unrelated: nothing from the pack at all (ambiguous names count only where their
 * own rule's nearby words hold), or only background names on a page dated far from the talks.
 */
import type { Hits } from './candidates';
import { classifyDate } from './dates';
import type { MatchIndex } from './match-index';
import type { FoldBuffer } from './fold';
import { decideHitLocally } from './rules';
import type { PageFacts } from './types';

export interface FirstLook {
  /** False when the page is clearly unrelated and nothing more should be done. */
  promising: boolean;
  reason: string;
  /** Entry ids seen in the first look (names, not yet disambiguated). */
  seen: string[];
}

export function judgeFirstLook(index: MatchIndex, buffer: FoldBuffer, hits: Hits, facts: PageFacts = {}): FirstLook {
  const seen = new Set<number>();
  let substantive = false;
  for (const hit of hits.aliases) {
    const { rule, entry } = hit.pattern;
    // An ambiguous name counts only if its own words say so ("Price" next to "State Department").
    if (rule && decideHitLocally(buffer, rule, hit).kind !== 'accept') continue;
    seen.add(entry);
    if (index.entries[entry]!.signal !== 'background') substantive = true;
  }
  hits.segments.forEach((pieces, reference) => {
    if (pieces?.every((found) => found.length > 0)) {
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
