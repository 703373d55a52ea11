/** From the page adapter's mentions to the overlay's: each with its kind and one live Range, made once. */
import type { PageAnalysis } from '../page/index';
import type { EntryKind } from '../pack/schema';
import type { TrackedMention } from '../overlay/mention-store';

export function trackMentions(analysis: PageAnalysis, kindOf: (entryId: string) => EntryKind): TrackedMention[] {
  if (analysis.verdict === 'unrelated') return [];
  return analysis.mentions.map((mention) => ({
    entryId: mention.entryId,
    kind: kindOf(mention.entryId),
    surface: mention.surface,
    why: mention.why,
    range: mention.range(),
  }));
}
