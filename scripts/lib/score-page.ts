/**
 * Scores one corpus page: the verdict, and the found mentions against the expected ones. Expected
 * mentions are located in order, each at the next occurrence of its text (spaces matched loosely)
 * after the previous one, starting at the article's first text as the adapter sees it; a found
 * mention is right when the entry is the same and the spans overlap.
 */
import type { Engine } from '../../utils/engine/index';
import { REPORTED_ZONES } from '../../utils/engine/types';
import { analyzeDocument, type PageAnalysis } from '../../utils/page/index';
import type { CorpusPage } from './corpus';
import { parseHtml } from './dom';

export interface Miss {
  kind: 'missed' | 'spurious' | 'unlocated';
  entry: string;
  text: string;
  context: string;
}

export interface PageScore {
  verdict: PageAnalysis['verdict'];
  signals: PageAnalysis['signals'];
  verdictRight: boolean;
  reasons: string[];
  expectedCount: number;
  foundCount: number;
  /** Expected mentions matched by a found one. */
  recalled: number;
  /** Found mentions that match an expected one. */
  correct: number;
  misses: Miss[];
}

function looseText(text: string): RegExp {
  const escaped = text.trim().replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(escaped.replace(/\s+/g, '[\\s\\u00a0\\u200b\\u00ad]+'), 'gu');
}

function contextOf(result: PageAnalysis, start: number, end: number): string {
  const squash = (text: string) => text.replace(/\s+/g, ' ');
  return `…${squash(result.textBetween(start - 35, start))}[${squash(result.textBetween(start, end))}]${squash(result.textBetween(end, end + 35))}…`;
}

function nextZoneStart(result: PageAnalysis, from: number, length: number): number {
  const zone = result.zoneAt(from);
  let at = from + 1;
  while (at < length && result.zoneAt(at) === zone) at++;
  return at;
}

export async function scorePage(page: CorpusPage, engine: Engine): Promise<PageScore> {
  const parsed = parseHtml(page.html);
  try {
    const result = analyzeDocument(parsed.document, engine);
    const expected = page.expected!;
    const fullText = result.textBetween(0, Number.MAX_SAFE_INTEGER);
    const inArticle = (offset: number) => {
      const zone = result.zoneAt(offset);
      return zone !== null && REPORTED_ZONES.has(zone);
    };
    const misses: Miss[] = [];
    const used = new Set<number>();
    // Start at the article's first text (the headline, usually), so navigation above it cannot
    // capture the first expected mention; from there, each mention is the next occurrence in the page.
    let cursor = 0;
    while (cursor < fullText.length && !inArticle(cursor)) cursor = nextZoneStart(result, cursor, fullText.length);
    let recalled = 0;
    for (const mention of expected.mentions) {
      const pattern = looseText(mention.text);
      pattern.lastIndex = cursor;
      const located = pattern.exec(fullText);
      if (!located) {
        misses.push({
          kind: 'unlocated',
          entry: mention.entry,
          text: mention.text,
          context: 'not found after the previous mention in the article text',
        });
        continue;
      }
      const start = located.index;
      const end = start + located[0].length;
      cursor = end;
      const match = result.mentions.findIndex(
        (found, index) => !used.has(index) && found.entryId === mention.entry && found.start < end && start < found.end,
      );
      if (match >= 0) {
        used.add(match);
        recalled++;
      } else {
        const zone = inArticle(start) ? '' : ` (in ${result.zoneAt(start)})`;
        misses.push({
          kind: 'missed',
          entry: mention.entry,
          text: mention.text,
          context: `${contextOf(result, start, end)}${zone}`,
        });
      }
    }
    result.mentions.forEach((found, index) => {
      if (!used.has(index))
        misses.push({
          kind: 'spurious',
          entry: found.entryId,
          text: found.surface,
          context: contextOf(result, found.start, found.end),
        });
    });
    return {
      verdict: result.verdict,
      signals: result.signals,
      verdictRight: result.verdict === expected.verdict,
      reasons: result.reasons,
      expectedCount: expected.mentions.length,
      foundCount: result.mentions.length,
      recalled,
      correct: used.size,
      misses,
    };
  } finally {
    await parsed.close();
  }
}
