/**
 * The page verdict: `about` the talks week, `related` (run-up, aftermath, looking back) or `unrelated`,
 * with a 0–100 score inside the verdict's band and the reasons in plain words.
 *
 * The order of questions: is the subject there at all (more than background names, more than a
 * passing mention)? Is it a lookalike story (Iran, the Conventions, Sherman tanks)? When is the page
 * (its date, else the dates in its text)? Then: is the talks week its subject (principals or the
 * week's events, several entries, prominent or repeated), or only its context?
 */
import { formatDate, type DateClass } from './dates';
import { TOPIC_LABELS } from './cues';
import type { Evidence, EntryEvidence } from './evidence';
import { SCORE_BANDS, THRESHOLDS } from './relevance-config';
import type { Verdict } from './types';

export interface Judgement {
  verdict: Verdict;
  score: number;
  reasons: string[];
}

/** The numbers behind a judgement, for tools. */
export function signalsOf(evidence: Evidence) {
  return {
    topic: Math.round(evidence.topic * 10) / 10,
    coverage: Math.round(evidence.coverage * 100) / 100,
    entries: evidence.entries.filter((entry) => entry.inArticle).length,
    when: timeOf(evidence),
  };
}

const list = (entries: readonly EntryEvidence[], max = 3) =>
  entries
    .slice(0, max)
    .map((entry) => entry.meta.label)
    .join(', ');

function namesReason(evidence: Evidence): string | null {
  if (evidence.principals.length >= 2)
    return `${evidence.principals.map((entry) => entry.meta.label).join(' and ')} named together`;
  const key = [...evidence.core, ...evidence.supporting].filter((entry) => !evidence.venues.includes(entry));
  if (key.length === 0) return null;
  return `names ${key
    .slice(0, 3)
    .map((entry) => (entry.count > 1 ? `${entry.meta.label} (${entry.count}×)` : entry.meta.label))
    .join(', ')}`;
}

function dateReason(evidence: Evidence, when: DateClass): string {
  const published = evidence.published;
  if (published) {
    const how =
      published.source === 'dateline' ? 'dateline' : published.source === 'url' ? 'dated (by its address)' : 'dated';
    const far = when === 'far' ? ', far from the talks' : '';
    return `${how} ${formatDate(published)}${far}`;
  }
  if (when === 'week') return 'no publication date; its text dates it to the talks week';
  if (when === 'far') return 'no publication date; the dates in its text are far from the talks';
  return 'no publication date found';
}

/** When the page is: its own date, else what the dates in its text say. */
function timeOf(evidence: Evidence): DateClass {
  if (evidence.dateClass !== 'unknown') return evidence.dateClass;
  if (evidence.textFar >= 2 && evidence.textFar > evidence.textWeek + evidence.textWindow) return 'far';
  if (evidence.textWeek >= 1 || evidence.weekEvents.length > 0) return 'week';
  if (evidence.textWindow >= 1) return 'window';
  return 'unknown';
}

function negativeWeight(evidence: Evidence): { total: number; top: string | null } {
  let total = evidence.otherTimes;
  let top: string | null = evidence.otherTimes > 0 ? 'another Geneva or NATO meeting' : null;
  let topWeight = evidence.otherTimes;
  for (const [topic, weight] of evidence.negatives) {
    total += weight;
    if (weight > topWeight) {
      topWeight = weight;
      top = TOPIC_LABELS[topic];
    }
  }
  return { total, top };
}

function scoreIn(verdict: Verdict, raw: number): number {
  const [low, high] = SCORE_BANDS[verdict];
  const unit = 1 - Math.exp(-Math.max(0, raw) / 14);
  return Math.round(low + (high - low) * unit);
}

export function judge(evidence: Evidence): Judgement {
  const reasons: string[] = [];
  const names = namesReason(evidence);
  if (names) reasons.push(names);
  if (evidence.venues.length > 0) reasons.push(list(evidence.venues));
  if (evidence.weekEvents.length > 0) reasons.push(`the talks week: ${list(evidence.weekEvents, 2)}`);
  if (evidence.runUp.length > 0) reasons.push(`run-up or aftermath: ${list(evidence.runUp, 2)}`);
  const when = timeOf(evidence);
  reasons.push(dateReason(evidence, when));
  const unrelated = (why: string): Judgement => ({
    verdict: 'unrelated',
    score: scoreIn('unrelated', evidence.topic / 2),
    reasons: [...reasons, why],
  });

  const substantive = evidence.core.length + evidence.supporting.length + evidence.weekEvents.length;
  const inArticle = evidence.entries.filter((entry) => entry.inArticle);
  if (evidence.articleMentions === 0) return unrelated('no names from the talks in the article');
  if (substantive === 0) return unrelated(`only background names (${list(inArticle)})`);
  const prominent = inArticle.some((entry) => entry.prominent && entry.meta.signal !== 'background');
  if (!prominent && inArticle.length <= 1 && evidence.articleMentions <= 2) {
    return unrelated(`only a passing mention of ${list(inArticle, 1)}`);
  }
  if (evidence.topic < THRESHOLDS.minTopic) return unrelated('too little about the talks');
  // Named in a paragraph or two of a story about something else: not coverage of the talks.
  if (!prominent && evidence.coverage < THRESHOLDS.relatedCoverage) {
    return unrelated(`the talks in passing (${Math.round(evidence.coverage * 100)}% of paragraphs)`);
  }

  const negative = negativeWeight(evidence);
  if (negative.top && negative.total >= 2 && negative.total > THRESHOLDS.negativeShare * evidence.topic) {
    return unrelated(`mostly about ${negative.top}`);
  }
  if (negative.top && negative.total >= 1) reasons.push(`also mentions ${negative.top}`);

  const focused =
    (evidence.core.length > 0 || evidence.weekEvents.length > 0) &&
    (prominent || evidence.coverage >= THRESHOLDS.aboutCoverage) &&
    inArticle.length >= THRESHOLDS.aboutEntries &&
    evidence.topic >= THRESHOLDS.about &&
    (prominent || evidence.principals.length >= 2 || evidence.weekEvents.length > 0 || evidence.textWeek > 0);

  if (when === 'far') {
    // Looking back at the talks: it dates them (January 2022), names both heads of delegation, and
    // tells much of their story. A later story that only recalls them in passing does not.
    const looksBack =
      evidence.textWeek > 0 &&
      (evidence.principals.length >= 2 || evidence.weekEvents.length > 0) &&
      inArticle.length >= THRESHOLDS.retrospectiveEntries;
    if (!looksBack) return unrelated('a story from another time');
    return {
      verdict: 'related',
      score: scoreIn('related', evidence.topic / 2),
      reasons: [...reasons, 'looks back at the talks'],
    };
  }
  const weekNamed = evidence.textWeek > 0 || evidence.weekEvents.length > 0;
  const inTheWeek =
    when === 'week' || (when === 'edge' && weekNamed) || (when === 'unknown' && evidence.venues.length > 0);
  if (focused && inTheWeek) {
    return { verdict: 'about', score: scoreIn('about', evidence.topic), reasons };
  }
  const closing =
    when === 'week' ? 'the talks are context, not the subject' : 'the run-up or aftermath, not the talks week';
  return { verdict: 'related', score: scoreIn('related', evidence.topic), reasons: [...reasons, closing] };
}
