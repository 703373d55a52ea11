/**
 * Gathers what the relevance judgement weighs: which entries are named where and how strongly, the
 * topic and lookalike cues, and the dates (the page's own, and those written in its text).
 */
import { NEGATIVE_TOPICS, type Cue, type TopicCue } from './cues';
import { classifyDate, type DateClass, type TextDate } from './dates';
import {
  OTHER_TIMES,
  PRINCIPALS,
  RUN_UP_AND_AFTERMATH,
  SIGNAL_WEIGHT,
  TALKS_WEEK_EVENTS,
  VENUES,
  ZONE_WEIGHT,
} from './relevance-config';
import type { Coverage } from './coverage';
import type { EntryMeta, PageDate, Zone } from './types';

export interface EntryEvidence {
  meta: EntryMeta;
  /** Zone-weighted count of its mentions. */
  weight: number;
  count: number;
  /** Named in the title, headline or standfirst. */
  prominent: boolean;
  /** Named in the article itself (not only in sidebars or navigation). */
  inArticle: boolean;
}

export interface Evidence {
  entries: EntryEvidence[];
  /** Σ signal weight × log2(1 + zone-weighted count), over entries named in the article. */
  topic: number;
  /** Mentions inside the article (title, headline, standfirst, body, captions). */
  articleMentions: number;
  core: EntryEvidence[];
  supporting: EntryEvidence[];
  principals: EntryEvidence[];
  venues: EntryEvidence[];
  weekEvents: EntryEvidence[];
  runUp: EntryEvidence[];
  otherTimes: number;
  negatives: Map<TopicCue, number>;
  talkCues: number;
  published: PageDate | null;
  dateClass: DateClass;
  /** Share of the article's paragraphs that name a substantive entry (0–1; 0 when it has none). */
  coverage: number;
  /** Dates in the text that fall in the talks week, in the months around it, or far from it. */
  textWeek: number;
  textWindow: number;
  textFar: number;
}

const ARTICLE_ZONES: ReadonlySet<Zone> = new Set(['title', 'headline', 'standfirst', 'body', 'caption']);
const PROMINENT_ZONES: ReadonlySet<Zone> = new Set(['title', 'headline', 'standfirst']);

export interface EvidenceInput {
  entries: readonly EntryMeta[];
  coverage: Coverage;
  mentions: ReadonlyArray<{ entry: number; zone: Zone }>;
  cues: ReadonlyArray<{ cue: Cue; zone: Zone }>;
  textDates: ReadonlyArray<TextDate & { zone: Zone }>;
  published: PageDate | null;
}

export function gatherEvidence(input: EvidenceInput): Evidence {
  const byEntry = new Map<number, EntryEvidence>();
  let articleMentions = 0;
  for (const mention of input.mentions) {
    let evidence = byEntry.get(mention.entry);
    if (!evidence) {
      evidence = { meta: input.entries[mention.entry]!, weight: 0, count: 0, prominent: false, inArticle: false };
      byEntry.set(mention.entry, evidence);
    }
    evidence.weight += ZONE_WEIGHT[mention.zone];
    evidence.count++;
    if (PROMINENT_ZONES.has(mention.zone)) evidence.prominent = true;
    if (ARTICLE_ZONES.has(mention.zone)) {
      evidence.inArticle = true;
      articleMentions++;
    }
  }
  const entries = [...byEntry.values()].sort(
    (a, b) => b.weight * SIGNAL_WEIGHT[b.meta.signal] - a.weight * SIGNAL_WEIGHT[a.meta.signal],
  );
  const inArticle = entries.filter((entry) => entry.inArticle);
  const having = (ids: ReadonlySet<string>) => inArticle.filter((entry) => ids.has(entry.meta.id));
  let topic = 0;
  for (const entry of entries) {
    const strength = SIGNAL_WEIGHT[entry.meta.signal] * Math.log2(1 + entry.weight);
    topic += entry.inArticle ? strength : strength / 2;
  }

  const negatives = new Map<TopicCue, number>();
  let talkCues = 0;
  for (const { cue, zone } of input.cues) {
    if (cue.type !== 'topic') continue;
    if (NEGATIVE_TOPICS.has(cue.topic)) negatives.set(cue.topic, (negatives.get(cue.topic) ?? 0) + ZONE_WEIGHT[zone]);
    else talkCues += ZONE_WEIGHT[zone];
  }

  const year = input.published?.year;
  let textWeek = 0;
  let textWindow = 0;
  let textFar = 0;
  for (const date of input.textDates) {
    if (!ARTICLE_ZONES.has(date.zone)) continue;
    const assumedYear =
      date.year ?? year ?? (date.month === 12 ? 2021 : date.month !== undefined && date.month <= 3 ? 2022 : undefined);
    const kind = classifyDate({ ...date, year: assumedYear });
    if (kind === 'week') textWeek++;
    else if (kind === 'window' || kind === 'edge') textWindow++;
    else if (kind === 'far') textFar++;
  }

  return {
    entries,
    topic,
    articleMentions,
    core: inArticle.filter((entry) => entry.meta.signal === 'core'),
    supporting: inArticle.filter((entry) => entry.meta.signal === 'supporting'),
    principals: having(PRINCIPALS),
    venues: having(VENUES),
    weekEvents: having(TALKS_WEEK_EVENTS),
    runUp: having(RUN_UP_AND_AFTERMATH),
    otherTimes: having(OTHER_TIMES).reduce((sum, entry) => sum + entry.weight, 0),
    negatives,
    talkCues,
    published: input.published,
    dateClass: classifyDate(input.published),
    coverage: input.coverage.blocks === 0 ? 0 : input.coverage.covered / input.coverage.blocks,
    textWeek,
    textWindow,
    textFar,
  };
}
