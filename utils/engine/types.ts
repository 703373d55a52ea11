/**
 * The engine's data shapes: what goes in (a folded document with zones) and what comes out
 * (mentions with their reasons, and the page verdict).
 */
import type { AmbiguityRule, EntryKind, Language, Signal } from '../pack/schema';
import type { FoldBuffer } from './fold';

export type Verdict = 'about' | 'related' | 'unrelated';

/**
 * Where on the page a piece of text sits. Mentions are reported from `headline`, `standfirst`,
 * `body` and `caption`; the other zones only feed the relevance judgement (with less weight).
 */
export type Zone = 'title' | 'headline' | 'standfirst' | 'body' | 'caption' | 'outside' | 'peripheral';

export const REPORTED_ZONES: ReadonlySet<Zone> = new Set(['headline', 'standfirst', 'body', 'caption']);

/** A zone starts at folded index `start` and runs to the next span's start (or the end). */
export interface ZoneSpan {
  start: number;
  zone: Zone;
}

/**
 * Source offsets at or above this refer to page metadata text (title, description), not to the page
 * body. Kept below 2^30 so offsets stay small integers for V8 (no heap numbers in the fold loop).
 */
export const META_BASE = 0x3f000000;

/** A calendar date as precise as the page gives it. */
export interface PageDate {
  year: number;
  month?: number;
  day?: number;
  /** Where it came from, for the reasons shown to the reader. */
  source: 'meta' | 'json-ld' | 'time' | 'url' | 'dateline' | 'text';
}

/** Text folded for matching, with zones and a way back to the source characters. */
export interface FoldedDocument {
  buffer: FoldBuffer;
  zones: ZoneSpan[];
  /** UTF-16 code unit of the source at `index` (body offsets, or META_BASE + offset into the metadata text). */
  sourceCodeAt(index: number): number;
}

/** Facts about the page that do not come from its text. */
export interface PageFacts {
  published?: PageDate | null;
  /** `lang` of the page, if declared (e.g. "ru", "en-GB"). */
  lang?: string;
  /**
   * The verdict already reached for the whole page. Given when analysing a fragment (a live-blog
   * entry just added): the fragment is not judged on its own, its mentions follow the page's verdict.
   */
  pageVerdict?: Verdict;
}

export interface Why {
  /** The alias or phrase as the pack wrote it. */
  matched: string;
  via: 'alias' | 'inflection' | 'reference';
  lang: Language;
  /** For an ambiguous alias: which clause of its rule held. */
  rule?: 'near' | 'withEntries' | 'onPageJudged';
  /** For an ambiguous alias or a reference phrase: the pack's explanation, in English. */
  explain?: string;
  /** One line for the reader. */
  text: string;
}

export interface EngineMention {
  entryId: string;
  /** Source offsets, end exclusive. */
  start: number;
  end: number;
  zone: Zone;
  why: Why;
  /** For a reference phrase with gaps: the source spans of its pieces (the gap words are not part of it). */
  parts?: Array<[number, number]>;
}

export interface Analysis {
  verdict: Verdict;
  /** 0–100: how strongly the page covers the talks. */
  score: number;
  /** Short sentences a person can read: why this verdict. */
  reasons: string[];
  published: PageDate | null;
  /** Reported mentions in document order; empty on an unrelated page. */
  mentions: EngineMention[];
  /** Entry id → number of reported mentions. */
  found: Record<string, number>;
  /** The main numbers behind the verdict, for tools and tuning (not shown to readers). */
  signals: {
    topic: number;
    coverage: number;
    entries: number;
    when: 'week' | 'edge' | 'window' | 'far' | 'unknown';
  };
}

/** What the engine keeps per entry. */
export interface EntryMeta {
  id: string;
  kind: EntryKind;
  signal: Signal;
  /** A short English name for reasons ("Ryabkov"). */
  label: string;
}

export type RuleInfo = AmbiguityRule & { nearKeys: string[]; unlessKeys: string[] };
