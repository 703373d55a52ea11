/**
 * The analysis pipeline over one folded document, as a generator so callers can slice it: the scan
 * yields every `SCAN_CHUNK` code units, then between the later stages (rules, overlaps, verdict).
 *
 *   scan → candidates → local rules (near / unless) → overlaps → `withEntries` → overlaps
 *        → evidence → verdict → `onPageJudged` → overlaps → reported mentions (none if unrelated)
 */
import { createHitScanner, LOOKAHEAD, type HitScanner } from './candidates';
import { judgeFirstLook, type FirstLook } from './first-look';
import { readTextDates, type TextDate } from './dates';
import { measureCoverage } from './coverage';
import { gatherEvidence } from './evidence';
import type { MatchIndex } from './match-index';
import { ACCEPTANCE_RANK, candidateSteps, toMention, zoneAt, type Candidate } from './mention-candidates';
import { judge, signalsOf } from './relevance';
import { mergeAdjacent, resolveOverlaps } from './resolve';
import { entriesSatisfy, pageSatisfies } from './rules';
import {
  REPORTED_ZONES,
  type Analysis,
  type EngineMention,
  type FoldedDocument,
  type PageDate,
  type PageFacts,
  type Zone,
} from './types';

/** Code units scanned between yields: about 2–4 ms on a slow machine. */
export const SCAN_CHUNK = 65_536;
/** Candidates placed (or left out) between yields. */
const MENTIONS_PER_STEP = 256;

const ARTICLE_ZONES: ReadonlySet<Zone> = new Set(['title', 'headline', 'standfirst', 'body', 'caption']);

function accept(candidate: Candidate, by: 'withEntries' | 'onPageJudged', detail: string): void {
  candidate.acceptedBy = by;
  candidate.rank = ACCEPTANCE_RANK[by] - (candidate.inflected ? 0.5 : 0);
  candidate.detail = detail;
}

/** A dateline or byline date: the first full date near the top of the article text. */
function datelineOf(dates: ReadonlyArray<TextDate & { zone: Zone }>, zones: FoldedDocument['zones']): PageDate | null {
  const bodyStart = zones.find((span) => span.zone === 'body')?.start ?? 0;
  for (const date of dates) {
    if (date.at > bodyStart + 300) break;
    if (date.zone === 'title' || date.zone === 'peripheral') continue;
    if (date.year !== undefined && date.month !== undefined && date.day !== undefined) {
      return { year: date.year, month: date.month, day: date.day, source: 'dateline' };
    }
  }
  return null;
}

/**
 * One analysis of a document that may still be growing: scan what is there as it arrives, take a
 * first look at any point, then finish (scan the rest, rules, verdict, mentions).
 */
export interface AnalysisSession {
  /** Scans the text folded so far, but for a few units of lookahead. */
  scanAvailable(): void;
  /** The first-look judgement on what has been scanned so far. */
  firstLook(facts?: PageFacts): FirstLook;
  /** Scans the rest (the document is complete now, zones included) and judges. */
  finish(facts?: PageFacts): Generator<void, Analysis, void>;
}

export function createAnalysisSession(index: MatchIndex, doc: FoldedDocument): AnalysisSession {
  const scanner = createHitScanner(index, doc);
  return {
    scanAvailable: () => void scanner.step(Number.MAX_SAFE_INTEGER, doc.buffer.length - LOOKAHEAD),
    firstLook: (facts) => judgeFirstLook(index, doc.buffer, scanner.hits, facts),
    finish: (facts) => finishAnalysis(index, doc, scanner, facts),
  };
}

export function analysisSteps(
  index: MatchIndex,
  doc: FoldedDocument,
  facts: PageFacts = {},
): Generator<void, Analysis, void> {
  return createAnalysisSession(index, doc).finish(facts);
}

function* finishAnalysis(
  index: MatchIndex,
  doc: FoldedDocument,
  scanner: HitScanner,
  facts: PageFacts = {},
): Generator<void, Analysis, void> {
  while (!scanner.step(SCAN_CHUNK)) yield;
  const zoneOf = (at: number) => zoneAt(doc.zones, at);

  const candidates = yield* candidateSteps(index, doc, scanner.hits);
  yield;
  const pending = candidates.filter((candidate) => candidate.acceptedBy === null);
  const accepted = () => candidates.filter((candidate) => candidate.acceptedBy !== null);

  // Entries named in the article so far (before overlaps: a name inside a longer one still says the entry is there).
  const present = new Set<string>();
  for (const candidate of candidates) {
    if (candidate.acceptedBy !== null && ARTICLE_ZONES.has(zoneOf(candidate.start)))
      present.add(index.entries[candidate.entry]!.id);
  }
  for (const candidate of pending) {
    const self = index.entries[candidate.entry]!.id;
    const other = entriesSatisfy(candidate.rule!, present, self);
    if (other)
      accept(candidate, 'withEntries', `with ${index.entries[index.entryIndex.get(other)!]!.label} on the page`);
  }
  yield;

  const secondPass = resolveOverlaps(accepted());
  yield;
  const cues = scanner.hits.cues.map((hit) => ({ cue: hit.cue, zone: zoneOf(hit.start) }));
  const textDates = readTextDates(doc.buffer, scanner.hits.cues).map((date) => ({ ...date, zone: zoneOf(date.at) }));
  const published = facts.published ?? datelineOf(textDates, doc.zones);
  const substantiveStarts = secondPass
    .filter((candidate) => index.entries[candidate.entry]!.signal !== 'background')
    .map((candidate) => candidate.start);
  const evidence = gatherEvidence({
    entries: index.entries,
    coverage: measureCoverage(doc.buffer, zoneOf, substantiveStarts),
    mentions: secondPass.map((candidate) => ({ entry: candidate.entry, zone: zoneOf(candidate.start) })),
    cues,
    textDates,
    published,
  });
  const judged = judge(evidence);
  const judgement = facts.pageVerdict
    ? { ...judged, verdict: facts.pageVerdict, reasons: ['judged with the whole page'] }
    : judged;

  let final = secondPass;
  const lateAccepted = pending.filter(
    (candidate) => candidate.acceptedBy === null && pageSatisfies(candidate.rule!, judgement.verdict),
  );
  if (lateAccepted.length > 0) {
    for (const candidate of lateAccepted)
      accept(
        candidate,
        'onPageJudged',
        `on a page ${judgement.verdict === 'about' ? 'about' : 'related to'} the talks`,
      );
    final = resolveOverlaps(accepted());
  }

  yield;
  const mentions: EngineMention[] = [];
  if (judgement.verdict !== 'unrelated') {
    let placed = 0;
    for (const candidate of mergeAdjacent(final, doc.buffer.codes)) {
      if (++placed % MENTIONS_PER_STEP === 0) yield;
      const zone = zoneOf(candidate.start);
      if (REPORTED_ZONES.has(zone)) mentions.push(toMention(index, doc, candidate, zone));
    }
  }
  const found: Record<string, number> = {};
  for (const mention of mentions) found[mention.entryId] = (found[mention.entryId] ?? 0) + 1;
  return { ...judgement, published, mentions, found, signals: signalsOf(evidence) };
}
