/**
 * The numbers and entry groups behind the relevance judgement, in one place. Entry ids are the pack's
 * fixed ids; the weights are deliberately round so the model stays explainable.
 */
import type { Signal } from '../pack/schema';
import type { Zone } from './types';

export const SIGNAL_WEIGHT: Record<Signal, number> = { core: 3, supporting: 1.5, background: 0.5 };

/** How much a mention counts by where it sits: the headline says what a page is about, a sidebar does not. */
export const ZONE_WEIGHT: Record<Zone, number> = {
  title: 2.5,
  headline: 2.5,
  standfirst: 1.5,
  body: 1,
  caption: 0.8,
  outside: 0.25,
  peripheral: 0.15,
};

/** Events of the talks week itself: naming them is evidence of "about". */
export const TALKS_WEEK_EVENTS: ReadonlySet<string> = new Set([
  'geneva-working-dinner-2022-01-09',
  'geneva-ssd-session-2022-01-10',
  'nrc-meeting-2022-01-12',
  'osce-permanent-council-2022-01-13',
]);

/** The run-up and the aftermath: evidence of "related". */
export const RUN_UP_AND_AFTERMATH: ReadonlySet<string> = new Set([
  'putin-biden-video-call-2021-12-07',
  'putin-biden-call-2021-12-30',
  'russia-draft-security-treaties-2021-12-17',
  'nato-foreign-ministers-meeting-2022-01-07',
  'lavrov-blinken-meeting-2022-01-21',
  'us-nato-written-responses-2022-01-26',
  'russian-invasion-of-ukraine-2022-02-24',
]);

/** Other times: a page centred on these is about something else. */
export const OTHER_TIMES: ReadonlySet<string> = new Set(['geneva-summit-2021-06-16', 'bucharest-summit-2008']);

/** Where the talks week happened: the three venues (and their bodies). */
export const VENUES: ReadonlySet<string> = new Set([
  'geneva',
  'us-mission-geneva',
  'nato-russia-council',
  'osce-permanent-council',
  'osce',
]);

/** The people who led the talks. */
export const PRINCIPALS: ReadonlySet<string> = new Set(['sergei-ryabkov', 'wendy-sherman']);

export const THRESHOLDS = {
  /** Below this topic strength the page is unrelated whatever else holds. */
  minTopic: 3,
  /** Topic strength needed for "about". */
  about: 8,
  /** Distinct entries needed for "about". */
  aboutEntries: 3,
  /** Distinct entries a later page needs to count as looking back at the talks ("related"). */
  retrospectiveEntries: 5,
  /** Without a prominent mention (title, headline, standfirst), the share of paragraphs naming the talks' entries needed for "related"… */
  relatedCoverage: 0.15,
  /** …and for "about". */
  aboutCoverage: 0.3,
  /** A lookalike story (Iran, the Conventions, Sherman tanks) larger than this share of the topic wins. */
  negativeShare: 0.6,
} as const;

/** Score bands per verdict, so the score and the verdict never disagree. */
export const SCORE_BANDS = { unrelated: [0, 24], related: [25, 59], about: [60, 100] } as const;
