/**
 * Word boundaries without Intl.Segmenter (quadratic on Node 20, see PERF.md): a code unit is part of
 * a word when it is a letter or a digit (Unicode `\p{L}`/`\p{N}`, plus combining marks). Looked up in
 * a lazily filled table, so the check costs one array read.
 */
const UNKNOWN = 0;
const WORD = 1;
const NOT_WORD = 2;
const table = new Uint8Array(65536);
const WORD_CHAR = /^[\p{L}\p{N}\p{M}]$/u;

export function isWordCode(code: number): boolean {
  let kind = table[code]!;
  if (kind === UNKNOWN) {
    const isSurrogate = code >= 0xd800 && code <= 0xdfff;
    kind = !isSurrogate && WORD_CHAR.test(String.fromCharCode(code)) ? WORD : NOT_WORD;
    table[code] = kind;
  }
  return kind === WORD;
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
