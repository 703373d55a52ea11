/**
 * A plain-text page as a folded document: blank lines separate blocks (no name matches across them);
 * single line breaks are spaces or block breaks (see `lineBreaks`). Optionally a title (kept apart, in metadata space) and the first
 * block read as the headline.
 */
import { FoldBuffer } from './fold';
import { META_BASE, type FoldedDocument, type ZoneSpan } from './types';

export interface TextDocumentOptions {
  /** The page title or headline given separately (not part of `text`). */
  title?: string;
  /** Read the first block of `text` as the headline when it is one short line (a saved article: headline, then body). */
  firstBlockIsHeadline?: boolean;
  /**
   * What a single line break is: `space` (hard-wrapped text; only blank lines separate blocks),
   * `block` (one paragraph per line), or `auto` (block when lines are long, as in pasted articles).
   */
  lineBreaks?: 'space' | 'block' | 'auto';
}

const BLANK_LINE = /\n[ \t\u00a0]*\n\s*/g;
const ANY_LINE_BREAK = /\s*\n\s*/g;
const HEADLINE_MAX = 200;

function linesAreParagraphs(text: string): boolean {
  const lines = text.split('\n').filter((line) => line.trim());
  const long = lines.filter((line) => line.length > 120).length;
  return lines.length > 0 && long / lines.length >= 0.3;
}

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
    const isHeadline =
      first && options.firstBlockIsHeadline && to - from <= HEADLINE_MAX && !text.slice(from, to).trim().includes('\n');
    const zone = isHeadline ? 'headline' : 'body';
    if (zones.at(-1)?.zone !== zone) zones.push({ start: buffer.length, zone });
    buffer.append(text.slice(from, to), from);
    buffer.breakBlock(to);
    first = false;
  };
  const mode = options.lineBreaks ?? 'space';
  const separators = mode === 'block' || (mode === 'auto' && linesAreParagraphs(text)) ? ANY_LINE_BREAK : BLANK_LINE;
  for (const separator of text.matchAll(separators)) {
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
