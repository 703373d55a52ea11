/**
 * The trie as text, so the build can write it into the content script and a page only decodes it:
 * one buffer of little-endian arrays (each in the narrowest width that holds its values, aligned so it
 * is read in place as a typed array), in base64. Every browser the extension runs in is
 * little-endian; the header's magic number says so, and a mismatch is an error, not garbage.
 *
 * Layout: 7 × uint32 header [magic, nodes, patterns, letters, letter width, node width, key-length
 * width], then letters (uint16), childCount and letterOf (letter width), fail and terminal (node
 * width), keyLength (key-length width).
 */
import type { Trie, Uints } from './automaton';
import { fromBase64, toBase64 } from './base64';

const MAGIC = 0x42_53_54_32; // "BST2"
const HEADER = 7;

type Width = 1 | 2 | 4;
const widthFor = (max: number): Width => (max < 0x100 ? 1 : max < 0x10000 ? 2 : 4);
const view = (buffer: ArrayBuffer, offset: number, length: number, width: Width): Uints =>
  width === 1
    ? new Uint8Array(buffer, offset, length)
    : width === 2
      ? new Uint16Array(buffer, offset, length)
      : new Uint32Array(buffer, offset, length);
const align = (offset: number, width: number) => Math.ceil(offset / width) * width;

interface Section {
  values: ArrayLike<number>;
  width: Width;
}

function layout(sections: Section[]): { offsets: number[]; bytes: number } {
  let offset = HEADER * 4;
  const offsets = sections.map(({ values, width }) => {
    const at = align(offset, width);
    offset = at + values.length * width;
    return at;
  });
  return { offsets, bytes: align(offset, 4) };
}

export function encodeTrie(trie: Trie): string {
  const nodes = trie.childCount.length;
  const letterWidth = widthFor(trie.letters.length + 1);
  const nodeWidth = widthFor(nodes + 1);
  const keyWidth = widthFor(Math.max(0, ...trie.keyLength));
  const sections: Section[] = [
    { values: trie.letters, width: 2 },
    { values: trie.childCount, width: letterWidth },
    { values: trie.letterOf, width: letterWidth },
    { values: trie.fail, width: nodeWidth },
    { values: trie.terminal, width: nodeWidth },
    { values: trie.keyLength, width: keyWidth },
  ];
  const { offsets, bytes } = layout(sections);
  const buffer = new ArrayBuffer(bytes);
  new Uint32Array(buffer, 0, HEADER).set([
    MAGIC,
    nodes,
    trie.terminal.length,
    trie.letters.length,
    letterWidth,
    nodeWidth,
    keyWidth,
  ]);
  sections.forEach(({ values, width }, k) => view(buffer, offsets[k]!, values.length, width).set(values));
  return toBase64(new Uint8Array(buffer));
}

export function decodeTrie(text: string): Trie {
  const buffer = fromBase64(text);
  const [magic, nodes, patterns, letterCount, letterWidth, nodeWidth, keyWidth] = new Uint32Array(buffer, 0, HEADER);
  if (magic !== MAGIC) throw new Error('Backstory: the bundled name index is unreadable (wrong format or byte order)');
  const sections: Section[] = [
    { values: { length: letterCount! }, width: 2 },
    { values: { length: nodes! }, width: letterWidth as Width },
    { values: { length: nodes! }, width: letterWidth as Width },
    { values: { length: nodes! }, width: nodeWidth as Width },
    { values: { length: patterns! }, width: nodeWidth as Width },
    { values: { length: patterns! }, width: keyWidth as Width },
  ];
  const { offsets } = layout(sections);
  const [letters, childCount, letterOf, fail, terminal, keyLength] = sections.map(({ values, width }, k) =>
    view(buffer, offsets[k]!, values.length, width),
  );
  return {
    letters: letters as Uint16Array,
    childCount: childCount!,
    letterOf: letterOf!,
    fail: fail!,
    terminal: terminal!,
    keyLength: keyLength!,
  };
}
