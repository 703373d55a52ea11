/**
 * Text normalisation for matching: the same function folds page text and pack aliases, so that
 * "Sergei Ryabkov", "SERGEI RYABKOV", "Sergeï Ryabkov" and "Sergei\u00a0Ryabkov" meet in one key.
 *
 * Per code point: NFKC compatibility folding, case folding, diacritics removed, ё→е, typographic
 * quotes → ', dashes and hyphens → -, every space → one ' ', soft hyphens and zero-width characters
 * dropped. Runs of spaces collapse to one. The result keeps a map from each output unit back to the
 * source index, so a match in folded text maps back to the exact span of page text.
 * The per-character work lives in `fold.ts` (table-driven, shared with the page pass).
 */
import { FoldBuffer } from './fold';

export interface NormalizedText {
  /** The folded text. */
  text: string;
  /** `sourceIndex[i]` is the index in the original string of folded unit `i`. */
  sourceIndex: Uint32Array;
}

/** Folds `text` and keeps, for each folded unit, the index of the source character it came from. */
export function normalizeWithMap(text: string): NormalizedText {
  const buffer = new FoldBuffer(text.length * 3 + 8);
  buffer.appendShort(text, 0);
  buffer.trimEnd();
  return { text: buffer.toString(), sourceIndex: buffer.sourceIndex.slice(0, buffer.length) };
}

/** The matching key of an alias or phrase: the folded text alone. */
export function normalizeKey(text: string): string {
  return normalizeWithMap(text).text;
}
