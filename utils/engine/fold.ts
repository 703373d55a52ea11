/**
 * The folding hot loop shared by `normalizeKey` (pack aliases) and page text, so both meet in one key.
 *
 * Per code point: NFKC compatibility folding, case folding, diacritics removed, ё→е, typographic quotes
 * → ', dashes → -, every space → one ' ', soft hyphens and zero-width characters dropped.
 *
 * Output goes into growable typed arrays (UTF-16 code units plus, per unit, the source index it came
 * from) so a 1 MB page folds without a string per character. A `FoldBuffer` is appended to piece by
 * piece (one text node at a time); `breakBlock()` writes a hard break ('\n') that no alias can span.
 */

/** The folded unit written between blocks: never produced by folding itself ('\n' folds to ' '). */
export const BLOCK_BREAK = 10;
export const SPACE = 32;

const DROPPED = /^[\u00ad\u200b-\u200d\u2060\ufeff]$/u;
const SPACE_CHAR = /^[\s\u00a0\u2000-\u200a\u202f\u205f\u3000]$/u;
const DASH = /^[\u2010-\u2015\u2212\u2e3a\u2e3b\ufe58\ufe63\uff0d]$/u;
const QUOTE = /^['\u2018\u2019\u201a\u201b\u2032\u02bc`´"\u201c\u201d\u201e\u201f\u00ab\u00bb\u2039\u203a]$/u;
const COMBINING_MARK = /\p{M}/gu;

/** '' means "drop this code point"; ' ' means "a space". */
export function foldCodePoint(char: string): string {
  if (DROPPED.test(char)) return '';
  if (SPACE_CHAR.test(char)) return ' ';
  if (DASH.test(char)) return '-';
  if (QUOTE.test(char)) return "'";
  const folded = char.normalize('NFKD').replace(COMBINING_MARK, '').toLowerCase();
  return folded.normalize('NFKC');
}

// Per BMP code unit: the single folded unit, or DROP, or MULTI (see `multiFold`), or UNKNOWN (not yet computed).
const UNKNOWN = -3;
const MULTI = -2;
const DROP = -1;
const singleFold = new Int32Array(65536).fill(UNKNOWN);
const multiFold = new Map<number, string>();

function learn(code: number, char: string): number {
  const folded = foldCodePoint(char);
  if (folded === '') return DROP;
  if (folded.length === 1 && code <= 0xffff) return folded.charCodeAt(0);
  multiFold.set(code, folded);
  return MULTI;
}

const APOSTROPHE = 39;

/**
 * ASCII folds without the regular expressions and `normalize` of `foldCodePoint`, which compile and
 * load their tables on the first characters of every page: upper case to lower case, white space to
 * ' ', '"' and '`' to "'", anything else to itself (the unit test holds this to `foldCodePoint`).
 */
function foldAscii(code: number): number {
  if (code >= 65 && code <= 90) return code + 32;
  if ((code >= 9 && code <= 13) || code === SPACE) return SPACE;
  if (code === 34 || code === 96) return APOSTROPHE;
  return code;
}

function foldBmp(code: number): number {
  let folded = singleFold[code]!;
  if (folded === UNKNOWN) {
    // High surrogates go the slow way (a pair is one code point); a lone low surrogate is kept.
    if (code >= 0xd800 && code <= 0xdbff) folded = MULTI;
    else if (code >= 0xdc00 && code <= 0xdfff) folded = code;
    else folded = code < 0x80 ? foldAscii(code) : learn(code, String.fromCharCode(code));
    singleFold[code] = folded;
  }
  return folded;
}

interface Storage {
  codes: Uint16Array;
  sourceIndex: Uint32Array;
}

/**
 * The arrays of the last page analysis, kept for the next one: a page is analysed again and again
 * (live updates, navigation), and a megabyte page's arrays are 12 MB that the GC would otherwise
 * have to reclaim and re-zero each time. Only one spare is kept, and only up to this many units.
 */
let spare: Storage | null = null;
const MAX_SPARE_UNITS = 1 << 21;

export class FoldBuffer {
  codes: Uint16Array;
  /** `sourceIndex[i]` = index in the source of folded unit `i` (offset by the `base` given to `append`). */
  sourceIndex: Uint32Array;
  length = 0;
  /** Positions of the block breaks written so far, in order. */
  readonly breaks: number[] = [];
  private lastWasSpace = true;

  constructor(capacity = 1024, storage?: Storage) {
    this.codes = storage?.codes ?? new Uint16Array(capacity);
    this.sourceIndex = storage?.sourceIndex ?? new Uint32Array(capacity);
  }

  /** A buffer on the spare arrays if there are some (see `release`). */
  static pooled(capacity: number): FoldBuffer {
    const storage = spare && spare.codes.length >= capacity ? spare : undefined;
    if (storage) spare = null;
    return new FoldBuffer(capacity, storage);
  }

  /** Hands the arrays back for the next analysis; the buffer must not be used afterwards. */
  release(): void {
    if (this.codes.length <= MAX_SPARE_UNITS && (!spare || spare.codes.length < this.codes.length)) {
      spare = { codes: this.codes, sourceIndex: this.sourceIndex };
    }
    this.codes = new Uint16Array(0);
    this.sourceIndex = new Uint32Array(0);
    this.length = 0;
  }

  private grow(needed: number): void {
    let capacity = this.codes.length * 2;
    while (capacity < needed) capacity *= 2;
    const codes = new Uint16Array(capacity);
    codes.set(this.codes.subarray(0, this.length));
    const sourceIndex = new Uint32Array(capacity);
    sourceIndex.set(this.sourceIndex.subarray(0, this.length));
    this.codes = codes;
    this.sourceIndex = sourceIndex;
  }

  /** Folds `text` onto the end; folded unit `k` maps to source index `base + (its index in text)`. */
  append(text: string, base: number): void {
    const n = text.length;
    if (this.length + n * 3 + 2 > this.codes.length) this.grow(this.length + n * 3 + 2);
    let i = this.appendCommon(text, 0, base);
    while (i < n) i = this.appendCommon(text, this.appendOne(text, i, base), base);
  }

  /**
   * The same fold, one character at a time, for the pack's short strings (aliases, cue words). They
   * stay out of the hot loop, which V8 compiles for the strings it has seen: with the pack loader's
   * strings through it, it folded page text at half speed (measured in Node; copies of the same
   * strings made with JSON did not do it, so it is how they are stored, not what they hold).
   */
  appendShort(text: string, base: number): void {
    const n = text.length;
    if (this.length + n * 3 + 2 > this.codes.length) this.grow(this.length + n * 3 + 2);
    for (let i = 0; i < n;) i = this.appendOne(text, i, base);
  }

  /**
   * The hot loop: characters already known to fold to one unit or to a space, up to the first one
   * that does not (returns its index). It calls nothing: the first sight of a new character (learning
   * its fold runs regular expressions and `normalize`) stays out of its compiled code.
   */
  private appendCommon(text: string, from: number, base: number): number {
    const n = text.length;
    const codes = this.codes;
    const sourceIndex = this.sourceIndex;
    let length = this.length;
    let lastWasSpace = this.lastWasSpace;
    let i = from;
    for (; i < n; i++) {
      const folded = singleFold[text.charCodeAt(i)]!;
      if (folded > SPACE) {
        codes[length] = folded;
        sourceIndex[length++] = base + i;
        lastWasSpace = false;
      } else if (folded === SPACE) {
        if (!lastWasSpace) {
          codes[length] = SPACE;
          sourceIndex[length++] = base + i;
          lastWasSpace = true;
        }
      } else break;
    }
    this.length = length;
    this.lastWasSpace = lastWasSpace;
    return i;
  }

  /**
   * One character, any (the hot loop stops at those not seen before, dropped, surrogate pairs and
   * those folding to several units). Returns the index after it.
   */
  private appendOne(text: string, i: number, base: number): number {
    const code = text.charCodeAt(i);
    let folded = singleFold[code]!;
    if (folded === UNKNOWN) folded = foldBmp(code);
    if (folded >= 0) {
      this.appendUnit(folded, base + i);
      return i + 1;
    }
    if (folded === DROP) return i + 1;
    const wide = this.foldWide(text, i, code);
    if (wide === ' ') this.appendUnit(SPACE, base + i);
    else if (wide !== '') {
      // Several units are written as they are, a space among them included.
      for (let k = 0; k < wide.length; k++) {
        this.codes[this.length] = wide.charCodeAt(k);
        this.sourceIndex[this.length++] = base + i;
      }
      this.lastWasSpace = false;
    }
    const pair = code >= 0xd800 && code <= 0xdbff && i + 1 < text.length;
    const low = pair ? text.charCodeAt(i + 1) : 0;
    return low >= 0xdc00 && low <= 0xdfff ? i + 2 : i + 1;
  }

  /** Writes one folded unit; a space only where the last unit was not one. */
  private appendUnit(unit: number, source: number): void {
    const isSpace = unit === SPACE;
    if (isSpace && this.lastWasSpace) return;
    this.codes[this.length] = unit;
    this.sourceIndex[this.length++] = source;
    this.lastWasSpace = isSpace;
  }

  /** Folds a code point that is a surrogate pair or folds to several units. */
  private foldWide(text: string, i: number, code: number): string {
    let codePoint = code;
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      const low = text.charCodeAt(i + 1);
      if (low >= 0xdc00 && low <= 0xdfff) codePoint = (code - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000;
      else return String.fromCharCode(code);
    }
    let folded = multiFold.get(codePoint);
    if (folded === undefined) {
      folded = foldCodePoint(String.fromCodePoint(codePoint));
      multiFold.set(codePoint, folded);
    }
    return folded;
  }

  /** Ends a block: a trailing space becomes the break; no alias can match across it. */
  breakBlock(sourcePosition: number): void {
    if (this.length === 0) return;
    const last = this.codes[this.length - 1];
    if (last === BLOCK_BREAK) return;
    if (last === SPACE) this.length--;
    if (this.length + 1 > this.codes.length) this.grow(this.length + 1);
    this.codes[this.length] = BLOCK_BREAK;
    this.sourceIndex[this.length] = sourcePosition;
    this.breaks.push(this.length++);
    this.lastWasSpace = true;
  }

  /** Drops a trailing space (the end of the text). */
  trimEnd(): void {
    if (this.length > 0 && this.codes[this.length - 1] === SPACE) this.length--;
  }

  toString(from = 0, to = this.length): string {
    let out = '';
    for (let start = from; start < to; start += 8192) {
      const end = Math.min(to, start + 8192);
      out += String.fromCharCode.apply(null, this.codes.subarray(start, end) as unknown as number[]);
    }
    return out;
  }
}
