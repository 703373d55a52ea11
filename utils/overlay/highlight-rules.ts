/**
 * The `::highlight()` rules that draw Backstory's marks, for one mark style at a time. They style the
 * Highlight objects the content script registers in `CSS.highlights` and match nothing else.
 *
 * One style's rules, not all three: while any rule names a custom highlight, the browser works out
 * that highlight's style for every element of the page whenever it restyles, and adopting the rules
 * restyles the whole document. Six kinds and the focus mark are 7 names instead of 19; on the typical
 * bench article in Chromium that took the restyle where the marks appear from ~39 to ~27 ms (median
 * of 10 loads, `UpdateLayoutTree` between DOMContentLoaded and the first mark). A change of style in
 * the settings swaps the sheet.
 *
 * Only properties that do not change the text's shape: colour, background and text decoration.
 * Colours are mid-tones with some transparency so they read on light and dark pages; the page's own
 * text colour is never changed.
 */
import type { EntryKind } from '../pack/schema';
import { ENTRY_KINDS_FOR_MARKS, FOCUS_HIGHLIGHT, markHighlightName, type MarkStyle } from './highlight-names';

/** Each kind's colour: `line` under the text (underline, dotted), `fill` behind it (highlight). */
const KIND_COLOURS: Record<EntryKind, { line: string; fill: string }> = {
  person: { line: 'rgb(59 130 246 / 0.85)', fill: 'rgb(59 130 246 / 0.2)' },
  organisation: { line: 'rgb(20 184 166 / 0.9)', fill: 'rgb(20 184 166 / 0.22)' },
  event: { line: 'rgb(245 158 11 / 0.9)', fill: 'rgb(245 158 11 / 0.24)' },
  document: { line: 'rgb(168 85 247 / 0.85)', fill: 'rgb(168 85 247 / 0.2)' },
  place: { line: 'rgb(34 197 94 / 0.9)', fill: 'rgb(34 197 94 / 0.22)' },
  concept: { line: 'rgb(236 72 153 / 0.85)', fill: 'rgb(236 72 153 / 0.2)' },
};

function markDeclarations(style: MarkStyle, colours: { line: string; fill: string }): string {
  if (style === 'highlight') return `background-color: ${colours.fill};`;
  const line = style === 'dotted' ? 'dotted' : 'solid';
  return `text-decoration-line: underline; text-decoration-style: ${line}; text-decoration-color: ${colours.line}; text-decoration-thickness: 2px;`;
}

/** The mention the keyboard is on: stronger than any mark, whatever the style. */
const FOCUS_RULES = `::highlight(${FOCUS_HIGHLIGHT}) {
  background-color: rgb(250 204 21 / 0.5);
  text-decoration-line: underline;
  text-decoration-style: solid;
  text-decoration-color: currentColor;
  text-decoration-thickness: 3px;
}
@media (forced-colors: active) {
  ::highlight(${FOCUS_HIGHLIGHT}) { background-color: Highlight; color: HighlightText; }
}`;

/** The stylesheet for marks in `style`: one rule per kind of entry, and the focus mark's. */
export function highlightRules(style: MarkStyle): string {
  const marks = ENTRY_KINDS_FOR_MARKS.map(
    (kind) => `::highlight(${markHighlightName(style, kind)}) { ${markDeclarations(style, KIND_COLOURS[kind])} }`,
  );
  return [...marks, FOCUS_RULES].join('\n');
}
