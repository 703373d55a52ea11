/**
 * What the content script tells the background about its page (for the popup and the badge): the
 * verdict with its score and reasons, and which entries were found how often. On a page judged
 * unrelated nothing is reported beyond the verdict.
 */
import type { PageReport } from '../messages/contract';
import type { TrackedMention } from '../overlay/mention-store';

export interface Judgement {
  verdict: PageReport['verdict'];
  score: number;
  reasons: string[];
}

export const PENDING: Judgement = { verdict: 'pending', score: 0, reasons: [] };

export function buildReport(url: string, judgement: Judgement, mentions: readonly TrackedMention[]): PageReport {
  const found: Record<string, number> = {};
  if (judgement.verdict === 'about' || judgement.verdict === 'related') {
    for (const mention of mentions) found[mention.entryId] = (found[mention.entryId] ?? 0) + 1;
  }
  return { url, verdict: judgement.verdict, score: judgement.score, reasons: judgement.reasons, found };
}

/** Sends a report only when it says something new. */
export function createReporter(send: (report: PageReport) => void): (report: PageReport) => void {
  let last = '';
  return (report) => {
    const key = JSON.stringify(report);
    if (key === last) return;
    last = key;
    send(report);
  };
}
