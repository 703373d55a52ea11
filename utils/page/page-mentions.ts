/**
 * From engine mentions (page-text offsets) back to the DOM: the text nodes and offsets of each end,
 * the exact surface text, a `Range` made on demand, and "which mention is at this point" through a
 * per-text-node index built on first use.
 */
import type { EngineMention, Why, Zone } from '../engine/types';
import type { PageText } from './collect';
import { nodeIndexAt } from './offsets';

export interface PageMention {
  entryId: string;
  /** The text as the reader sees it (may span several text nodes). */
  surface: string;
  /** Offsets in the page text (the concatenated data of the walked text nodes). */
  start: number;
  end: number;
  zone: Zone;
  why: Why;
  /** A live DOM Range over the mention, created on each call. */
  range(): Range;
}

export interface DomPoint {
  node: Text;
  offset: number;
}

/** The DOM point of page-text offset `offset`; `atEnd` picks the end of a node rather than the start of the next. */
export function pointAt(text: PageText, offset: number, atEnd: boolean): DomPoint {
  let index = nodeIndexAt(text.starts, offset);
  if (atEnd && index > 0 && text.starts[index] === offset) index--;
  return { node: text.nodes[index]!, offset: offset - text.starts[index]! };
}

export function surfaceOf(text: PageText, start: number, end: number): string {
  let out = '';
  for (let index = nodeIndexAt(text.starts, start); index < text.nodes.length && text.starts[index]! < end; index++) {
    const nodeStart = text.starts[index]!;
    const data = text.nodes[index]!.data;
    out += data.slice(Math.max(0, start - nodeStart), Math.min(data.length, end - nodeStart));
  }
  return out;
}

export function toPageMention(document: Document, text: PageText, mention: EngineMention): PageMention {
  return {
    entryId: mention.entryId,
    surface: surfaceOf(text, mention.start, mention.end),
    start: mention.start,
    end: mention.end,
    zone: mention.zone,
    why: mention.why,
    range(): Range {
      const from = pointAt(text, mention.start, false);
      const to = pointAt(text, mention.end, true);
      const range = document.createRange();
      range.setStart(from.node, from.offset);
      range.setEnd(to.node, to.offset);
      return range;
    },
  };
}

interface NodeSpan {
  from: number;
  to: number;
  mention: PageMention;
}

/** `mentionAt(node, offset)`: the mention covering that character, via a WeakMap from text node to its spans. */
export function createMentionLookup(text: PageText, mentions: readonly PageMention[]) {
  let byNode: WeakMap<Text, NodeSpan[]> | null = null;
  const build = () => {
    const map = new WeakMap<Text, NodeSpan[]>();
    for (const mention of mentions) {
      for (
        let index = nodeIndexAt(text.starts, mention.start);
        index < text.nodes.length && text.starts[index]! < mention.end;
        index++
      ) {
        const node = text.nodes[index]!;
        const nodeStart = text.starts[index]!;
        const span = {
          from: Math.max(0, mention.start - nodeStart),
          to: Math.min(node.data.length, mention.end - nodeStart),
          mention,
        };
        const list = map.get(node);
        if (list) list.push(span);
        else map.set(node, [span]);
      }
    }
    return map;
  };
  return (node: Node, offset: number): PageMention | null => {
    byNode ??= build();
    const spans = byNode.get(node as Text);
    if (!spans) return null;
    // A node holds a handful of spans; a name inside a phrase's gap nests, so take the innermost.
    let best: NodeSpan | null = null;
    for (const span of spans) {
      if (offset >= span.from && offset < span.to && (!best || span.to - span.from < best.to - best.from)) best = span;
    }
    return best?.mention ?? null;
  };
}
