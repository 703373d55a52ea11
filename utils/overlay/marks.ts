/**
 * Paints marks through the CSS Custom Highlight API: one `Highlight` per kind of entry (in the
 * reader's mark style), plus a separate one for the mention the keyboard is on. Nothing is written
 * into the page's DOM. Each paint builds fresh `Highlight` objects rather than editing old ones:
 * Firefox's content scripts cannot iterate a page `Highlight` through their Xray view.
 */
import type { EntryKind } from '../pack/schema';
import { allHighlightNames, FOCUS_HIGHLIGHT, markHighlightName, type MarkStyle } from './highlight-names';

export interface Markable {
  kind: EntryKind;
  range: Range;
}

export interface Marks {
  paint(marked: readonly Markable[], style: MarkStyle): void;
  focus(range: Range | null): void;
  /** Removes every Backstory highlight, including any left by an earlier copy of the script. */
  clear(): void;
}

/**
 * `beforePaint` runs just before marks are painted, with their style (the rules for it arrive then;
 * see `highlight-styles.ts`).
 */
export function createMarks(
  registry: HighlightRegistry = CSS.highlights,
  beforePaint?: (style: MarkStyle) => void,
): Marks {
  let painted: string[] = [];
  let lastStyle: MarkStyle = 'underline';
  return {
    paint(marked, markStyle) {
      lastStyle = markStyle;
      if (marked.length > 0) beforePaint?.(markStyle);
      const groups = new Map<string, Range[]>();
      for (const { kind, range } of marked) {
        const name = markHighlightName(markStyle, kind);
        const ranges = groups.get(name);
        if (ranges) ranges.push(range);
        else groups.set(name, [range]);
      }
      for (const name of painted) if (!groups.has(name)) registry.delete(name);
      for (const [name, ranges] of groups) registry.set(name, new Highlight(...ranges));
      painted = [...groups.keys()];
    },
    focus(range) {
      if (!range) {
        registry.delete(FOCUS_HIGHLIGHT);
        return;
      }
      beforePaint?.(lastStyle);
      const highlight = new Highlight(range);
      highlight.priority = 1;
      registry.set(FOCUS_HIGHLIGHT, highlight);
    },
    clear() {
      for (const name of allHighlightNames()) registry.delete(name);
      painted = [];
    },
  };
}
