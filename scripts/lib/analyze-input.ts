/**
 * Runs the engine on one input the way the extension would: HTML through the page adapter in a
 * Node DOM, plain text straight through the engine (first block as the headline).
 */
import type { Engine } from '../../utils/engine/index';
import { collectPageText } from '../../utils/page/collect';
import { analyzeDocument } from '../../utils/page/index';
import { parseHtml } from './dom';

export interface InputMention {
  entry: string;
  text: string;
  start: number;
  end: number;
  zone: string;
  why: string;
  context: string;
}

export interface InputAnalysis {
  verdict: 'about' | 'related' | 'unrelated';
  score: number;
  reasons: string[];
  published: string | null;
  stoppedEarly: boolean;
  mentions: InputMention[];
  found: Record<string, number>;
  main: string | null;
  /** The numbers behind the verdict (topic strength, paragraph coverage, entries, when). */
  signals: { topic: number; coverage: number; entries: number; when: string };
}

/** Fails with a message meant for the user (no stack trace). */
export class InputError extends Error {}

const CONTEXT_CHARS = 40;

function context(before: string, surface: string, after: string): string {
  const squash = (text: string) => text.replace(/\s+/g, ' ');
  return `${before.length >= CONTEXT_CHARS ? '…' : ''}${squash(before).trimStart()}[${squash(surface)}]${squash(after).trimEnd()}${after.length >= CONTEXT_CHARS ? '…' : ''}`;
}

function isoOf(date: { year: number; month?: number; day?: number } | null): string | null {
  if (!date) return null;
  const pad = (value: number) => String(value).padStart(2, '0');
  return [String(date.year), date.month && pad(date.month), date.day && pad(date.day)].filter(Boolean).join('-');
}

export async function analyzeHtml(
  html: string,
  engine: Engine,
  options: { firstLook?: boolean } = {},
): Promise<InputAnalysis> {
  const page = parseHtml(html);
  try {
    if (!collectPageText(page.document).folded.buffer.length) throw new InputError('the page has no readable text');
    const result = analyzeDocument(page.document, engine, { firstLook: options.firstLook !== false });
    return {
      verdict: result.verdict,
      score: result.score,
      reasons: result.reasons,
      published: isoOf(result.published),
      stoppedEarly: result.stoppedEarly,
      found: result.found,
      main: result.stats.main,
      signals: result.signals,
      mentions: result.mentions.map((mention) => ({
        entry: mention.entryId,
        text: mention.surface,
        start: mention.start,
        end: mention.end,
        zone: mention.zone,
        why: mention.why.text,
        context: context(
          result.textBetween(mention.start - CONTEXT_CHARS, mention.start),
          mention.surface,
          result.textBetween(mention.end, mention.end + CONTEXT_CHARS),
        ),
      })),
    };
  } finally {
    await page.close();
  }
}

export function analyzePlainText(text: string, engine: Engine): InputAnalysis {
  if (!text.trim()) throw new InputError('the text is empty');
  const result = engine.analyzeText(text, { firstBlockIsHeadline: true, lineBreaks: 'auto' });
  return {
    verdict: result.verdict,
    score: result.score,
    reasons: result.reasons,
    published: isoOf(result.published),
    stoppedEarly: false,
    found: result.found,
    main: null,
    signals: result.signals,
    mentions: result.mentions.map((mention) => {
      const surface = text.slice(mention.start, mention.end);
      return {
        entry: mention.entryId,
        text: surface,
        start: mention.start,
        end: mention.end,
        zone: mention.zone,
        why: mention.why.text,
        context: context(
          text.slice(Math.max(0, mention.start - CONTEXT_CHARS), mention.start),
          surface,
          text.slice(mention.end, mention.end + CONTEXT_CHARS),
        ),
      };
    }),
  };
}
