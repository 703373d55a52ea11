/**
 * Where each margin note goes: level with its anchor (the first mention of its entry) when there is
 * room, else just below the note before it. Notes keep their order and never overlap. Positions are
 * in pixels from the top of the margin column.
 */

export interface NoteBox {
  /** Where the anchor's line starts. */
  anchorTop: number;
  height: number;
}

export const NOTE_GAP = 12;

export function layoutNotes(notes: readonly NoteBox[], gap = NOTE_GAP): number[] {
  const tops: number[] = [];
  let nextFree = -Infinity;
  for (const note of notes) {
    const top = Math.max(note.anchorTop, nextFree, 0);
    tops.push(top);
    nextFree = top + note.height + gap;
  }
  return tops;
}

/** The column's height with the notes placed: the bottom of the last one. */
export function columnHeight(notes: readonly NoteBox[], tops: readonly number[]): number {
  return notes.reduce((bottom, note, i) => Math.max(bottom, tops[i]! + note.height), 0);
}
