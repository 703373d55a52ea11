/**
 * What the content script knows about its page (for the popup and the badge): the verdict with its
 * score and reasons, and which entries were found how often. On a page judged unrelated nothing is
 * reported beyond the verdict.
 *
 * Only a report that shows is pushed to the background (a page about or related to the talks, or the
 * end of one): the first message a page sends costs it 4–6 ms of binding set-up, and most pages are
 * unrelated. The popup asks the page for any other report when it opens (`background/get-page-report`).
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

/** A verdict the badge or the popup's list shows: the background keeps it for the tab. */
const shows = (report: PageReport) => report.verdict === 'about' || report.verdict === 'related';

export interface Reporter {
  /** Takes the page's latest report; pushes it when it shows, or ends one that did, and is new. */
  update(report: PageReport): void;
  /** The latest report (pending until the first verdict), for whoever asks. */
  current(): PageReport;
}

export function createReporter(url: string, push: (report: PageReport) => void): Reporter {
  let latest = buildReport(url, PENDING, []);
  let pushedKey = '';
  let pushedShows = false;
  return {
    update(report) {
      latest = report;
      if (!shows(report) && !pushedShows) return;
      const key = JSON.stringify(report);
      if (key === pushedKey) return;
      pushedKey = key;
      pushedShows = shows(report);
      push(report);
    },
    current: () => latest,
  };
}
