import { normalizeKey } from '@/utils/engine/normalize';
import type { Entry, Pack } from '@/utils/pack/schema';

export interface SearchHit {
  entry: Entry;
  /** Lower is better: 0 a name, 1 a title, 2 a summary or card text. */
  rank: number;
}

interface Searchable {
  entry: Entry;
  names: string[];
  titles: string[];
  texts: string[];
}

/**
 * Offline search over every card, in all five languages: a query matches names (any alias, any
 * script: "Рябков" finds Ryabkov), titles and summaries, folded the way the engine folds page text.
 */
export function createPackSearch(pack: Pack): (query: string) => SearchHit[] {
  const index: Searchable[] = pack.entries.map((entry) => ({
    entry,
    names: entry.aliases.map((alias) => normalizeKey(alias.text)),
    titles: Object.values(entry.title).map(normalizeKey),
    texts: [...Object.values(entry.summary), ...Object.values(entry.whyItMatters)].map(normalizeKey),
  }));
  return (query) => {
    const key = normalizeKey(query);
    if (key.length < 2) return [];
    const hits: SearchHit[] = [];
    for (const item of index) {
      const rank = item.names.some((name) => name.includes(key))
        ? 0
        : item.titles.some((title) => title.includes(key))
          ? 1
          : item.texts.some((text) => text.includes(key))
            ? 2
            : -1;
      if (rank >= 0) hits.push({ entry: item.entry, rank });
    }
    return hits.sort((a, b) => a.rank - b.rank || a.entry.title.en.localeCompare(b.entry.title.en));
  };
}
