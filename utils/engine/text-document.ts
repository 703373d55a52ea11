/**
 * A plain-text page as a folded document: blank lines separate blocks (no name matches across them),
 * single line breaks are spaces. Optionally a title (kept apart, in metadata space) and the first
 * block read as the headline.
 */
import { FoldBuffer } from './fold';
import { META_BASE, type FoldedDocument, type ZoneSpan } from './types';

export interface TextDocumentOptions {
  /** The page title or headline given separately (not part of `text`). */
  title?: string;
  /** Read the first block of `text` as the headline (as in a saved article: headline, then body). */
  firstBlockIsHeadline?: boolean;
}

const BLOCK_SEPARATOR = /\n[ \t\u00a0]*\n\s*/g;

export function foldTextDocument(text: string, options: TextDocumentOptions = {}): FoldedDocument {
  const buffer = new FoldBuffer(text.length + (options.title?.length ?? 0) + 16);
  const zones: ZoneSpan[] = [];
  const title = options.title ?? '';
  if (title.trim()) {
    zones.push({ start: 0, zone: 'title' });
    buffer.append(title, META_BASE);
    buffer.breakBlock(META_BASE + title.length);
  }
  let blockStart = 0;
  let first = true;
  const addBlock = (from: number, to: number) => {
    if (text.slice(from, to).trim() === '') return;
    const zone = first && options.firstBlockIsHeadline ? 'headline' : 'body';
    if (zones.at(-1)?.zone !== zone) zones.push({ start: buffer.length, zone });
    buffer.append(text.slice(from, to), from);
    buffer.breakBlock(to);
    first = false;
  };
  for (const separator of text.matchAll(BLOCK_SEPARATOR)) {
    addBlock(blockStart, separator.index);
    blockStart = separator.index + separator[0].length;
  }
  addBlock(blockStart, text.length);
  buffer.trimEnd();
  return {
    buffer,
    zones,
    sourceCodeAt: (index) => (index >= META_BASE ? title.charCodeAt(index - META_BASE) : text.charCodeAt(index)),
  };
}
