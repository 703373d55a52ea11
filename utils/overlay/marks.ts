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

/** `beforeFirstPaint` runs once, just before the first marks are painted (the rules arrive then). */
export function createMarks(registry: HighlightRegistry = CSS.highlights, beforeFirstPaint?: () => void): Marks {
  let painted: string[] = [];
  let styled = false;
  const style = () => {
    if (styled) return;
    styled = true;
    beforeFirstPaint?.();
  };
  return {
    paint(marked, markStyle) {
      if (marked.length > 0) style();
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
      style();
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
