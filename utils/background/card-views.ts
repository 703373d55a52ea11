/**
 * Cards for the content script, from the full pack (which only the background loads): an entry's
 * text picked for the requested language, its key facts chosen around the talks week (the first
 * date of the pack timeline's `talks` phase).
 */
import pack from 'virtual:backstory/pack';
import type { Entry, Language } from '@/utils/pack/schema';
import { buildCardView, type CardContext, type CardView } from '@/utils/overlay/card-view';

let byId: Map<string, Entry> | undefined;
let context: CardContext | undefined;

export function cardFor(entryId: string, lang: Language): CardView | null {
  byId ??= new Map(pack.entries.map((entry) => [entry.id, entry]));
  context ??= {
    languages: pack.languages,
    focus:
      pack.timeline
        .filter((event) => event.phase === 'talks')
        .map((event) => event.date)
        .sort()[0] ?? null,
  };
  const entry = byId.get(entryId);
  return entry ? buildCardView(entry, lang, context) : null;
}
