/**
 * Word boundaries without Intl.Segmenter (quadratic on Node 20, see PERF.md): a code unit is part of
 * a word when it is a letter or a digit (Unicode `\p{L}`/`\p{N}`, plus combining marks). Looked up in
 * a lazily filled table, so the check costs one array read.
 */
export const UNKNOWN_CODE = 0;
export const WORD_CODE = 1;
const NOT_WORD = 2;
/**
 * Per UTF-16 code unit: `UNKNOWN_CODE` until first met, then `WORD_CODE` or not. Exported for the
 * prefilter's loop, which runs once per page in cold code where even a call per character shows.
 */
export const WORD_KINDS = new Uint8Array(65536);
const WORD_CHAR = /^[\p{L}\p{N}\p{M}]$/u;

/**
 * The blocks most pages are written in, decided without `WORD_CHAR` (a Unicode property class that
 * compiles on the first character of every page); the unit test holds each to `WORD_CHAR`.
 */
function isWordInCommonBlock(code: number): boolean | undefined {
  // ASCII: digits and letters.
  if (code < 0x80) return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  // Cyrillic: letters and combining marks, but for the thousands sign.
  if (code >= 0x400 && code <= 0x4ff) return code !== 0x482;
  // General Punctuation: spaces, dashes, quotes, format characters.
  if (code >= 0x2000 && code <= 0x206f) return false;
  return undefined;
}

/** Fills in and returns `WORD_KINDS[code]`. */
export function learnWordCode(code: number): number {
  const isSurrogate = code >= 0xd800 && code <= 0xdfff;
  const word = isWordInCommonBlock(code) ?? (!isSurrogate && WORD_CHAR.test(String.fromCharCode(code)));
  const kind = word ? WORD_CODE : NOT_WORD;
  WORD_KINDS[code] = kind;
  return kind;
}

export function isWordCode(code: number): boolean {
  const kind = WORD_KINDS[code]!;
  return (kind === UNKNOWN_CODE ? learnWordCode(code) : kind) === WORD_CODE;
}

/** Cyrillic letters (Russian, Ukrainian, Belarusian…): where case endings may follow a name. */
export function isCyrillicCode(code: number): boolean {
  return code >= 0x400 && code <= 0x52f;
}

/** Latin letters, including the Latin-1 and Extended-A/B blocks. */
export function isLatinCode(code: number): boolean {
  return (
    (code >= 97 && code <= 122) ||
    (code >= 65 && code <= 90) ||
    (code >= 0xc0 && code <= 0x24f && code !== 0xd7 && code !== 0xf7)
  );
}

/** Per UTF-16 code unit, once met: 1 = has an upper-case form (lower case), 2 = has a lower-case form, 4 = neither. */
const CASES = new Uint8Array(65536);
const LOWER = 1;
const UPPER = 2;

function caseOf(code: number): number {
  let kind = CASES[code]!;
  if (kind === 0) {
    const char = String.fromCharCode(code);
    kind = (char !== char.toUpperCase() ? LOWER : 0) | (char !== char.toLowerCase() ? UPPER : 0) || 4;
    CASES[code] = kind;
  }
  return kind;
}

/** A lower-case letter: it changes when upper-cased ("a", "я"; not "A", "1", "-"). */
export function isLowerCaseCode(code: number): boolean {
  return (caseOf(code) & LOWER) !== 0;
}

/** An upper-case letter: it changes when lower-cased ("A", "Я"; not "a", "1", "-"). */
export function isUpperCaseCode(code: number): boolean {
  return (caseOf(code) & UPPER) !== 0;
}
