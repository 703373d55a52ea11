/**
 * The prefilter that runs before the engine exists. Every alias and every reference phrase needs
 * certain words to match at all: all the words of its folded key ("state department" needs "state"
 * and "department"; a phrase with gaps needs the words of every piece). A stretch of page text that
 * lacks at least one needed word of every alias and phrase cannot hold a name from the pack, so the
 * first look calls the page unrelated without building the automaton — the costly part of starting
 * on a page, and the common case on a news site, where most pages are about something else.
 *
 * The word sets are computed at build time (`vite-plugin.ts`) and shipped beside the names. Page text
 * and keys are cut into words the same way (runs of letters and digits, as `candidates.ts` bounds a
 * match), so each word of a matching key is a whole word of the text — except the last word of a
 * name that takes case endings the pack did not list (Рябков → Рябковові, Putin → Putins; marked
 * `~` in the word sets): a text word stands for such a word also without its last one to
 * `MAX_ENDING` letters (Cyrillic) or its final -s. A false "maybe" only costs the full look; a false
 * "no" would lose a page, which is why every rule errs one way.
 */
import type { NameRecord } from '../pack/schema';
import type { FoldBuffer } from './fold';
import { fromBase64, toBase64 } from './base64';
import { inflectionOf, phraseKeys } from './match-index';
import { normalizeKey } from './normalize';
import { isCyrillicCode, isWordCode, learnWordCode, UNKNOWN_CODE, WORD_CODE, WORD_KINDS } from './word-chars';

/** The longest case ending `candidates.ts` accepts after a name ("ові"). */
const MAX_ENDING = 3;
/** Marks a word that may take a case ending. */
const INFLECTS = '~';
/**
 * A word, as `isWordCode` defines it: letters, digits and combining marks (it also joins letters outside
 * the Basic Multilingual Plane, which `isWordCode` does not: a word the pack never uses).
 */
const WORD = /[\p{L}\p{N}\p{M}]+/gu;

/** The words of a key; a last word marked `~` (see `INFLECTS`) keeps its mark. */
function wordsOf(key: string): string[] {
  const inflects = key.endsWith(INFLECTS);
  const words = key.match(WORD) ?? [];
  if (inflects && words.length > 0) words[words.length - 1] += INFLECTS;
  return words;
}

/**
 * For each alias and reference phrase of the pack, the words it needs, space-separated (sorted, so
 * equal needs are listed once). A key without any word (punctuation only) needs nothing: "".
 */
export function neededWords(records: readonly NameRecord[]): string[] {
  const needs = new Set<string>();
  const add = (keys: string[]) => needs.add([...new Set(keys.flatMap(wordsOf))].sort().join(' '));
  for (const record of records) {
    for (const alias of record.aliases) {
      const key = normalizeKey(alias.text);
      const inflects = inflectionOf(record, alias, key) !== 'none' && isWordCode(key.charCodeAt(key.length - 1));
      add([inflects ? `${key}${INFLECTS}` : key]);
    }
    for (const phrase of record.references ?? []) add(phraseKeys(phrase.text));
  }
  return [...needs].sort();
}

export interface AnchorFilter {
  /** True when folded units `[from, to)` of `buffer` contain every word some alias or phrase needs. */
  mayMention(buffer: FoldBuffer, from: number, to: number): boolean;
}

const LATIN_S = 115;

/**
 * The word sets as the build writes them, four lines: a magic line, the exact words and the stem
 * words (space-separated; words never hold a space), and the needs in base64 (see `base64.ts`): lists
 * of word numbers (uint16, little-endian; exact words first, stems after them), each list ended by
 * `END_OF_NEED`.
 */
const MAGIC = 'BSN2';
const END_OF_NEED = 0xffff;

export function encodeNeeds(needs: readonly string[]): string {
  const exact = new Map<string, number>();
  const stems = new Map<string, number>();
  const lists = needs.map((need) =>
    (need === '' ? [] : need.split(' ')).map((word) => {
      const inflects = word.endsWith(INFLECTS);
      const bare = inflects ? word.slice(0, -INFLECTS.length) : word;
      const table = inflects ? stems : exact;
      if (!table.has(bare)) table.set(bare, table.size);
      return { inflects, id: table.get(bare)! };
    }),
  );
  const numbers = lists.flatMap((list) => [
    ...list.map(({ inflects, id }) => (inflects ? exact.size + id : id)),
    END_OF_NEED,
  ]);
  if (exact.size + stems.size >= END_OF_NEED) throw new Error('Backstory: too many distinct words for the prefilter');
  const listBytes = new Uint8Array(Uint16Array.from(numbers).buffer);
  return [MAGIC, [...exact.keys()].join(' '), [...stems.keys()].join(' '), toBase64(listBytes)].join('\n');
}

/** Word → number, for the words of one line (numbered from `firstId`). */
function numberWords(line: string, firstId: number): Map<string, number> {
  const ids = new Map<string, number>();
  if (line === '') return ids;
  const words = line.split(' ');
  for (let k = 0; k < words.length; k++) ids.set(words[k]!, firstId + k);
  return ids;
}

/**
 * A word of the page is cut out of the folded text as a string and looked up in a `Map`: the hashing
 * and the comparing are the engine's own, not per-unit work in a loop that runs once per page, cold,
 * mostly in the interpreter (hashing each unit there cost twice as much).
 */
export function createAnchorFilter(encoded: string): AnchorFilter {
  const [magic, exactLine, stemLine, listText] = encoded.split('\n');
  if (magic !== MAGIC || listText === undefined)
    throw new Error('Backstory: the bundled word sets are unreadable (wrong format)');
  const exactId = numberWords(exactLine!, 0);
  const stemId = numberWords(stemLine!, exactId.size);
  const lists = new Uint16Array(fromBase64(listText));
  return {
    mayMention(buffer, from, to) {
      const codes = buffer.codes;
      const end = Math.min(to, buffer.length);
      const text = buffer.toString(from, end);
      const present = new Uint8Array(exactId.size + stemId.size);
      const endWord = (start: number, stop: number) => {
        const word = text.slice(start - from, stop - from);
        const exact = exactId.get(word);
        if (exact !== undefined) present[exact] = 1;
        const stem = stemId.get(word);
        if (stem !== undefined) present[stem] = 1;
        const last = codes[stop - 1]!;
        const cuts = isCyrillicCode(last) ? MAX_ENDING : last === LATIN_S ? 1 : 0;
        for (let cut = 1; cut <= cuts && cut < stop - start; cut++) {
          const shorter = stemId.get(word.slice(0, -cut));
          if (shorter !== undefined) present[shorter] = 1;
        }
      };
      let start = -1;
      for (let i = from; i < end; i++) {
        let kind = WORD_KINDS[codes[i]!]!;
        if (kind === UNKNOWN_CODE) kind = learnWordCode(codes[i]!);
        if (kind === WORD_CODE) {
          if (start < 0) start = i;
        } else if (start >= 0) {
          endWord(start, i);
          start = -1;
        }
      }
      if (start >= 0) endWord(start, end);
      // Some need with every one of its words present.
      let complete = true;
      for (let k = 0; k < lists.length; k++) {
        const id = lists[k]!;
        if (id === END_OF_NEED) {
          if (complete) return true;
          complete = true;
        } else if (complete && present[id] === 0) complete = false;
      }
      return false;
    },
  };
}
