/**
 * Bytes ↔ base64, for the data the build writes into the content script (the trie, the prefilter's
 * word sets): one string literal compiles far faster than the same numbers as an array literal.
 */

export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** A fresh, aligned buffer (typed views over it start at offset 0). */
export function fromBase64(text: string): ArrayBuffer {
  // Native where the browser has it (Firefox 133+, Chromium 140+); else through a binary string.
  const native = (Uint8Array as unknown as { fromBase64?: (text: string) => Uint8Array }).fromBase64;
  const bytes = native ? native(text) : fromBinaryString(atob(text));
  return bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength
    ? (bytes.buffer as ArrayBuffer)
    : (bytes.slice().buffer as ArrayBuffer);
}

function fromBinaryString(binary: string): Uint8Array {
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
