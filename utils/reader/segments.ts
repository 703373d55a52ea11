/**
 * A block's inline runs cut at its marks: each run (text or link) keeps its style and target, and
 * is split into pieces that are either plain or part of one mention. A mark that spans two runs
 * ("Sergei <b>Ryabkov</b>") becomes one piece in each.
 */
import type { Inline } from './article-model';

export interface MarkSpan {
  start: number;
  end: number;
  /** The mention's index. */
  mention: number;
}

export interface Piece {
  text: string;
  mention: number | null;
}

export interface InlinePieces {
  inline: Inline;
  pieces: Piece[];
}

/** `marks` in order and not overlapping (the engine resolves overlaps). */
export function segmentInlines(inlines: readonly Inline[], marks: readonly MarkSpan[]): InlinePieces[] {
  const out: InlinePieces[] = [];
  let offset = 0;
  let next = 0;
  for (const inline of inlines) {
    const start = offset;
    const end = offset + inline.text.length;
    const pieces: Piece[] = [];
    let at = start;
    while (next < marks.length && marks[next]!.end <= at) next++;
    for (let m = next; m < marks.length && marks[m]!.start < end; m++) {
      const mark = marks[m]!;
      const from = Math.max(mark.start, start);
      const to = Math.min(mark.end, end);
      if (from > at) pieces.push({ text: inline.text.slice(at - start, from - start), mention: null });
      if (to > from) pieces.push({ text: inline.text.slice(from - start, to - start), mention: mark.mention });
      at = Math.max(at, to);
    }
    if (at < end) pieces.push({ text: inline.text.slice(at - start), mention: null });
    out.push({ inline, pieces });
    offset = end;
  }
  return out;
}
