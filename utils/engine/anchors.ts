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
/** A word's last MAX_ENDING + 1 prefix hashes are kept in a ring, indexed with this mask (MAX_ENDING + 1 is 4). */
const RING = MAX_ENDING;
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
function hashOf(word: string): number {
  let hash = FNV_OFFSET;
  for (let i = 0; i < word.length; i++) hash = Math.imul(hash ^ word.charCodeAt(i), 0x01000193) >>> 0;
  return hash;
}
const LATIN_S = 115;

/**
 * The word sets as the build writes them: one base64 buffer of little-endian arrays (see `base64.ts`).
 * Layout: 4 × uint32 header [magic, exact words, stem words, need lists' length], then the exact
 * words' hashes and the stem words' hashes (uint32), then the needs as lists of word numbers (uint16;
 * exact words first, stems after them), each list ended by `END_OF_NEED`.
 */
const MAGIC = 0x42_53_4e_31; // "BSN1"
const HEADER = 4;
const END_OF_NEED = 0xffff;

export function encodeNeeds(needs: readonly string[]): string {
  const exact = new Map<number, number>();
  const stems = new Map<number, number>();
  const lists = needs.map((need) =>
    (need === '' ? [] : need.split(' ')).map((word) => {
      const inflects = word.endsWith(INFLECTS);
      const hash = hashOf(inflects ? word.slice(0, -INFLECTS.length) : word);
      const table = inflects ? stems : exact;
      if (!table.has(hash)) table.set(hash, table.size);
      return { inflects, id: table.get(hash)! };
    }),
  );
  const numbers = lists.flatMap((list) => [
    ...list.map(({ inflects, id }) => (inflects ? exact.size + id : id)),
    END_OF_NEED,
  ]);
  if (exact.size + stems.size >= END_OF_NEED) throw new Error('Backstory: too many distinct words for the prefilter');
  const words = HEADER + exact.size + stems.size;
  const buffer = new ArrayBuffer(words * 4 + numbers.length * 2);
  new Uint32Array(buffer, 0, words).set([
    MAGIC,
    exact.size,
    stems.size,
    numbers.length,
    ...exact.keys(),
    ...stems.keys(),
  ]);
  new Uint16Array(buffer, words * 4).set(numbers);
  return toBase64(new Uint8Array(buffer));
}

/**
 * An open-addressing table from word hash to word number: two typed arrays, filled once per page
 * (a `Set` of the same numbers, with an object per word, took about 3 ms of a cold start).
 */
function hashTable(hashes: Uint32Array, firstId: number): (hash: number) => number {
  let size = 16;
  while (size < hashes.length * 2) size *= 2;
  const mask = size - 1;
  const keys = new Uint32Array(size);
  const ids = new Int32Array(size).fill(-1);
  for (let k = 0; k < hashes.length; k++) {
    let slot = hashes[k]! & mask;
    while (ids[slot] !== -1) slot = (slot + 1) & mask;
    keys[slot] = hashes[k]!;
    ids[slot] = firstId + k;
  }
  return (hash) => {
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const id = ids[slot]!;
      if (id === -1 || keys[slot] === hash) return id;
    }
  };
}

/**
 * Words are compared by hash, read straight off the folded code units: no string is made per word of
 * the page. Two words sharing a hash can only make a false "maybe".
 */
export function createAnchorFilter(encoded: string): AnchorFilter {
  const buffer = fromBase64(encoded);
  const [magic, exactCount, stemCount, listLength] = new Uint32Array(buffer, 0, HEADER);
  if (magic !== MAGIC) throw new Error('Backstory: the bundled word sets are unreadable (wrong format or byte order)');
  const exactId = hashTable(new Uint32Array(buffer, HEADER * 4, exactCount), 0);
  const stemId = hashTable(new Uint32Array(buffer, (HEADER + exactCount!) * 4, stemCount), exactCount!);
  const lists = new Uint16Array(buffer, (HEADER + exactCount! + stemCount!) * 4, listLength);
  return {
    mayMention(buffer, from, to) {
      const codes = buffer.codes;
      const end = Math.min(to, buffer.length);
      const present = new Uint8Array(exactCount! + stemCount!);
      // The hash of the current word after each of its last RING + 1 units.
      const prefix = new Uint32Array(RING + 1);
      let hash = FNV_OFFSET;
      let length = 0;
      const endWord = (last: number) => {
        const exact = exactId(hash);
        if (exact >= 0) present[exact] = 1;
        const stem = stemId(hash);
        if (stem >= 0) present[stem] = 1;
        const cuts = isCyrillicCode(last) ? MAX_ENDING : last === LATIN_S ? 1 : 0;
        for (let cut = 1; cut <= cuts && cut < length; cut++) {
          const shorter = stemId(prefix[(length - cut) & RING]!);
          if (shorter >= 0) present[shorter] = 1;
        }
        hash = FNV_OFFSET;
        length = 0;
      };
      // Runs once per page, mostly before the JIT has looked at it: the per-unit work is kept inline.
      for (let i = from; i < end; i++) {
        const code = codes[i]!;
        let kind = WORD_KINDS[code]!;
        if (kind === UNKNOWN_CODE) kind = learnWordCode(code);
        if (kind === WORD_CODE) {
          hash = Math.imul(hash ^ code, 0x01000193) >>> 0;
          prefix[++length & RING] = hash;
        } else if (length > 0) endWord(codes[i - 1]!);
      }
      if (length > 0) endWord(codes[end - 1]!);
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
