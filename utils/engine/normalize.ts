/**
 * Text normalisation for matching: the same function folds page text and pack aliases, so that
 * "Sergei Ryabkov", "SERGEI RYABKOV", "Sergeï Ryabkov" and "Sergei\u00a0Ryabkov" meet in one key.
 *
 * Per code point: NFKC compatibility folding, case folding, diacritics removed, ё→е, typographic
 * quotes → ', dashes and hyphens → -, every space → one ' ', soft hyphens and zero-width characters
 * dropped. Runs of spaces collapse to one. The result keeps a map from each output unit back to the
 * source index, so a match in folded text maps back to the exact span of page text.
 */

export interface NormalizedText {
  /** The folded text. */
  text: string;
  /** `sourceIndex[i]` is the index in the original string of folded unit `i`. */
  sourceIndex: Uint32Array;
}

const DROPPED = /^[\u00ad\u200b-\u200d\u2060\ufeff]$/u;
const SPACE = /^[\s\u00a0\u2000-\u200a\u202f\u205f\u3000]$/u;
const DASH = /^[\u2010-\u2015\u2212\u2e3a\u2e3b\ufe58\ufe63\uff0d]$/u;
const QUOTE = /^['\u2018\u2019\u201a\u201b\u2032\u02bc`´"\u201c\u201d\u201e\u201f\u00ab\u00bb\u2039\u203a]$/u;
const COMBINING_MARK = /\p{M}/gu;

/** '' means "drop this code point"; ' ' means "a space". */
function foldCodePoint(char: string): string {
  if (DROPPED.test(char)) return '';
  if (SPACE.test(char)) return ' ';
  if (DASH.test(char)) return '-';
  if (QUOTE.test(char)) return "'";
  const folded = char.normalize('NFKD').replace(COMBINING_MARK, '').toLowerCase();
  return folded.normalize('NFKC');
}

// Folding is the hot loop over every page character: memoise per code point, with ASCII precomputed.
const foldCache = new Map<string, string>();
const asciiFold: string[] = Array.from({ length: 128 }, (_, code) => foldCodePoint(String.fromCharCode(code)));

function fold(char: string, code: number): string {
  if (code < 128) return asciiFold[code]!;
  let folded = foldCache.get(char);
  if (folded === undefined) {
    folded = foldCodePoint(char);
    foldCache.set(char, folded);
  }
  return folded;
}

/** Folds `text` and keeps, for each folded unit, the index of the source character it came from. */
export function normalizeWithMap(text: string): NormalizedText {
  const out: string[] = [];
  const sourceIndex = new Uint32Array(text.length * 2 + 1);
  let length = 0;
  let lastWasSpace = true; // also trims leading spaces
  for (let i = 0; i < text.length; ) {
    const code = text.codePointAt(i)!;
    const char = code > 0xffff ? text.slice(i, i + 2) : text[i]!;
    const folded = fold(char, code);
    if (folded === ' ') {
      if (!lastWasSpace) {
        out.push(' ');
        sourceIndex[length++] = i;
        lastWasSpace = true;
      }
    } else if (folded !== '') {
      out.push(folded);
      for (let k = 0; k < folded.length; k++) sourceIndex[length++] = i;
      lastWasSpace = false;
    }
    i += char.length;
  }
  if (lastWasSpace && length > 0 && out[out.length - 1] === ' ') {
    out.pop();
    length--;
  }
  return { text: out.join(''), sourceIndex: sourceIndex.slice(0, length) };
}

/** The matching key of an alias or phrase: the folded text alone. */
export function normalizeKey(text: string): string {
  return normalizeWithMap(text).text;
}
