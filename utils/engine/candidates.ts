/**
 * One pass of the automaton over the folded text, keeping the occurrences that stand as whole words:
 * letters or digits on either side reject a match (the automaton has already reported the shorter
 * patterns ending at the same place, so "xсергей рябков" still yields "рябков"). An apostrophe ends a
 * word ("Ryabkov's" → "Ryabkov"), except the Ukrainian apostrophe inside a word ("об'єднаних").
 * Person names also take case endings the pack did not list: Russian/Ukrainian endings after a final
 * consonant (Рябков → Рябкова, Рябковым, Рябковові) and the German genitive -s (Putins).
 *
 * The scan is resumable: `step()` handles a bounded number of code units, so callers can slice the
 * work, and it can follow a buffer that is still growing (a page being walked).
 */
import type { Cue } from './cues';
import type { FoldedDocument } from './types';
import type { AliasPattern, MatchIndex } from './match-index';
import type { DecidableHit } from './rules';
import { isCyrillicCode, isLowerCaseCode, isWordCode } from './word-chars';

export interface AliasHit extends DecidableHit {
  pattern: AliasPattern;
  inflected: boolean;
}

export interface SegmentHit {
  start: number;
  end: number;
}

export interface CueHit {
  cue: Cue;
  start: number;
  end: number;
}

export interface Hits {
  aliases: AliasHit[];
  /** Per reference phrase (sparse: only those with a hit), per segment, the occurrences in text order. */
  segments: Array<SegmentHit[][] | undefined>;
  cues: CueHit[];
}

const APOSTROPHE = 39;
const LATIN_S = 115;
/** Longest first; each must be followed by a word boundary. */
const CYRILLIC_ENDINGS = ['ові', 'ом', 'ым', 'им', 'ых', 'их', 'ой', 'а', 'у', 'е', 'і', 'ы'].map((ending) =>
  Array.from(ending, (char) => char.charCodeAt(0)),
);

function endsWord(codes: Uint16Array, at: number, length: number): boolean {
  if (at >= length) return true;
  const next = codes[at]!;
  if (isWordCode(next)) return false;
  // Ukrainian apostrophe inside a word: "об'єднаних".
  return !(
    next === APOSTROPHE &&
    at > 0 &&
    isCyrillicCode(codes[at - 1]!) &&
    at + 1 < length &&
    isCyrillicCode(codes[at + 1]!)
  );
}

function cyrillicEnding(codes: Uint16Array, at: number, length: number): number {
  for (const ending of CYRILLIC_ENDINGS) {
    if (at + ending.length > length) continue;
    let same = true;
    for (let k = 0; k < ending.length && same; k++) same = codes[at + k] === ending[k];
    if (same && endsWord(codes, at + ending.length, length)) return ending.length;
  }
  return -1;
}

export interface HitScanner {
  /**
   * Scans up to `budget` more code units, but not past `limit` (default: the end of the buffer as it
   * is now; the buffer may still grow). Returns true when it has read the whole buffer.
   */
  step(budget: number, limit?: number): boolean;
  /** Code units scanned so far. */
  readonly position: number;
  hits: Hits;
}

/** A match is only checked once this many units after it exist (case endings, apostrophes, boundary). */
export const LOOKAHEAD = 8;

export function createHitScanner(index: MatchIndex, doc: FoldedDocument): HitScanner {
  const hits: Hits = { aliases: [], segments: [], cues: [] };
  let position = 0;
  let state = 0;
  // Read from the buffer at each step: it grows (and is reallocated) while the page is walked.
  let codes = doc.buffer.codes;
  let sourceIndex = doc.buffer.sourceIndex;
  let length = doc.buffer.length;

  const onMatch = (patternId: number, end: number, patternLength: number) => {
    const pattern = index.pattern(patternId);
    const start = end - patternLength;
    if (pattern.checkLeft && start > 0 && isWordCode(codes[start - 1]!)) return;
    let matchEnd = end;
    let inflected = false;
    if (pattern.checkRight && !endsWord(codes, end, length)) {
      if (pattern.kind !== 'alias' || pattern.inflection === 'none') return;
      const next = codes[end]!;
      if (pattern.inflection === 'cyrillic' && isCyrillicCode(next)) {
        const extra = cyrillicEnding(codes, end, length);
        if (extra < 0) return;
        matchEnd = end + extra;
      } else if (pattern.inflection === 'latin-s' && next === LATIN_S && endsWord(codes, end + 1, length)) {
        matchEnd = end + 1;
      } else return;
      inflected = true;
    }
    if (pattern.kind === 'alias') {
      if (pattern.capitalised && isLowerCaseCode(doc.sourceCodeAt(sourceIndex[start]!))) return;
      hits.aliases.push({ pattern, start, end: matchEnd, inflected });
    } else if (pattern.kind === 'reference') {
      const pieces = (hits.segments[pattern.reference] ??= Array.from(
        { length: index.references[pattern.reference]!.segments },
        () => [],
      ));
      pieces[pattern.segment]!.push({ start, end });
    } else {
      hits.cues.push({ cue: pattern.cue, start, end });
    }
  };

  return {
    hits,
    get position() {
      return position;
    },
    step(budget: number, limit?: number): boolean {
      codes = doc.buffer.codes;
      sourceIndex = doc.buffer.sourceIndex;
      length = doc.buffer.length;
      const to = Math.max(position, Math.min(limit ?? length, length, position + budget));
      state = index.automaton.scan(codes, position, to, state, onMatch);
      position = to;
      return position >= length;
    },
  };
}
