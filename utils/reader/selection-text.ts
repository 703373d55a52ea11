/**
 * A selection as the reader shows it: its paragraphs (blank lines separate them, as for the engine)
 * as plain inline runs, and the engine's mentions moved to offsets in their paragraph.
 */
import type { EngineMention } from '../engine/types';
import type { ReaderMention } from './annotate';
import type { Inline } from './article-model';

const BLANK_LINE = /\n[ \t\u00a0]*\n\s*/g;

export function selectionParagraphs(
  text: string,
  found: readonly EngineMention[],
): { paragraphs: Inline[][]; mentions: ReaderMention[] } {
  const parts: Array<{ start: number; text: string }> = [];
  const add = (from: number, to: number) => {
    const raw = text.slice(from, to);
    // Same length as the source, so the engine's offsets still hold.
    if (raw.trim() !== '') parts.push({ start: from, text: raw.replace(/\s/g, ' ') });
  };
  let from = 0;
  for (const separator of text.matchAll(BLANK_LINE)) {
    add(from, separator.index);
    from = separator.index + separator[0].length;
  }
  add(from, text.length);

  const mentions: ReaderMention[] = [];
  for (const mention of found) {
    const block = parts.findIndex(
      (part) => mention.start >= part.start && mention.end <= part.start + part.text.length,
    );
    if (block < 0) continue;
    const base = parts[block]!.start;
    mentions.push({
      index: mentions.length,
      entryId: mention.entryId,
      block,
      spans: (mention.parts ?? [[mention.start, mention.end]]).map(([start, end]) => [start - base, end - base]),
      surface: text.slice(mention.start, mention.end),
      why: mention.why,
    });
  }
  return { paragraphs: parts.map((part) => [{ kind: 'text', text: part.text, style: 'plain' }]), mentions };
}
