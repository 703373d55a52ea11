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
import { inflectionOf, phraseKeys } from './match-index';
import { normalizeKey } from './normalize';
import { isCyrillicCode, isWordCode } from './word-chars';

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

/** FNV-1a over UTF-16 code units, one unit at a time (so a word's prefixes hash on the way). */
const FNV_OFFSET = 0x811c9dc5;
const fnv = (hash: number, code: number) => Math.imul(hash ^ code, 0x01000193) >>> 0;
function hashOf(word: string): number {
  let hash = FNV_OFFSET;
  for (let i = 0; i < word.length; i++) hash = fnv(hash, word.charCodeAt(i));
  return hash;
}
const LATIN_S = 115;

/**
 * The word sets as numbers, for the build to write: each word is its hash times two, plus one when
 * it may take a case ending. A page then only fills two sets with numbers.
 */
export function encodeNeeds(needs: readonly string[]): number[][] {
  return needs.map((need) =>
    (need === '' ? [] : need.split(' ')).map((word) =>
      word.endsWith(INFLECTS) ? hashOf(word.slice(0, -INFLECTS.length)) * 2 + 1 : hashOf(word) * 2,
    ),
  );
}

/**
 * Words are compared by hash, read straight off the folded code units: no string is made per word of
 * the page. Two words sharing a hash can only make a false "maybe".
 */
export function createAnchorFilter(needs: readonly (readonly number[])[]): AnchorFilter {
  const exact = new Set<number>();
  const stems = new Set<number>();
  for (const words of needs) for (const word of words) (word % 2 === 1 ? stems : exact).add(Math.floor(word / 2));
  const sets = needs.map((words) => words.map((word) => ({ hash: Math.floor(word / 2), inflects: word % 2 === 1 })));
  return {
    mayMention(buffer, from, to) {
      const codes = buffer.codes;
      const end = Math.min(to, buffer.length);
      const present = new Set<number>();
      const presentStems = new Set<number>();
      // The hash of the current word after each of its last MAX_ENDING + 1 units (a ring).
      const prefix = new Uint32Array(MAX_ENDING + 1);
      let hash = FNV_OFFSET;
      let length = 0;
      for (let i = from; i <= end; i++) {
        const code = i < end ? codes[i]! : 0;
        if (i < end && isWordCode(code)) {
          hash = fnv(hash, code);
          prefix[++length % (MAX_ENDING + 1)] = hash;
          continue;
        }
        if (length === 0) continue;
        if (exact.has(hash)) present.add(hash);
        if (stems.has(hash)) presentStems.add(hash);
        const last = codes[i - 1]!;
        const cuts = isCyrillicCode(last) ? MAX_ENDING : last === LATIN_S ? 1 : 0;
        for (let cut = 1; cut <= cuts && cut < length; cut++) {
          const stem = prefix[(length - cut) % (MAX_ENDING + 1)]!;
          if (stems.has(stem)) presentStems.add(stem);
        }
        hash = FNV_OFFSET;
        length = 0;
      }
      return sets.some((words) =>
        words.every(({ hash, inflects }) => (inflects ? presentStems.has(hash) : present.has(hash))),
      );
    },
  };
}
