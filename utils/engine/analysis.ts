/**
 * The analysis pipeline over one folded document, as a generator so callers can slice it: the scan
 * yields every `SCAN_CHUNK` code units; the rest (rules, overlaps, verdict) is small.
 *
 *   scan → candidates → local rules (near / unless) → overlaps → `withEntries` → overlaps
 *        → evidence → verdict → `onPageJudged` → overlaps → reported mentions (none if unrelated)
 */
import { createHitScanner } from './candidates';
import { readTextDates, type TextDate } from './dates';
import { gatherEvidence } from './evidence';
import type { MatchIndex } from './match-index';
import { ACCEPTANCE_RANK, buildCandidates, toMention, zoneAt, type Candidate } from './mention-candidates';
import { judge } from './relevance';
import { mergeAdjacent, resolveOverlaps } from './resolve';
import { entriesSatisfy, pageSatisfies } from './rules';
import { REPORTED_ZONES, type Analysis, type FoldedDocument, type PageDate, type PageFacts, type Zone } from './types';

/** Code units scanned between yields: about 2–4 ms on a slow machine. */
export const SCAN_CHUNK = 65_536;

const ARTICLE_ZONES: ReadonlySet<Zone> = new Set(['title', 'headline', 'standfirst', 'body', 'caption']);

function accept(candidate: Candidate, by: 'withEntries' | 'onPageJudged', detail: string): void {
  candidate.acceptedBy = by;
  candidate.rank = ACCEPTANCE_RANK[by];
  const explain = candidate.rule?.explain.en ?? '';
  candidate.why = { ...candidate.why, rule: by, text: `${explain} (${detail})` };
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

export function* analysisSteps(index: MatchIndex, doc: FoldedDocument, facts: PageFacts = {}): Generator<void, Analysis, void> {
  const scanner = createHitScanner(index, doc);
  while (!scanner.step(SCAN_CHUNK)) yield;
  const zoneOf = (at: number) => zoneAt(doc.zones, at);

  const candidates = buildCandidates(index, doc, scanner.hits);
  const pending = candidates.filter((candidate) => candidate.acceptedBy === null);
  const accepted = () => candidates.filter((candidate) => candidate.acceptedBy !== null);

  const firstPass = resolveOverlaps(accepted());
  const present = new Set(
    firstPass.filter((candidate) => ARTICLE_ZONES.has(zoneOf(candidate.start))).map((candidate) => index.entries[candidate.entry]!.id),
  );
  for (const candidate of pending) {
    const self = index.entries[candidate.entry]!.id;
    const other = entriesSatisfy(candidate.rule!, present, self);
    if (other) accept(candidate, 'withEntries', `with ${index.entries[index.entryIndex.get(other)!]!.label} on the page`);
  }
  yield;

  const secondPass = resolveOverlaps(accepted());
  const cues = scanner.hits.cues.map((hit) => ({ cue: hit.cue, zone: zoneOf(hit.start) }));
  const textDates = readTextDates(doc.buffer, scanner.hits.cues).map((date) => ({ ...date, zone: zoneOf(date.at) }));
  const published = facts.published ?? datelineOf(textDates, doc.zones);
  const evidence = gatherEvidence({
    entries: index.entries,
    mentions: secondPass.map((candidate) => ({ entry: candidate.entry, zone: zoneOf(candidate.start) })),
    cues,
    textDates,
    published,
  });
  const judgement = judge(evidence);

  let final = secondPass;
  const lateAccepted = pending.filter((candidate) => candidate.acceptedBy === null && pageSatisfies(candidate.rule!, judgement.verdict));
  if (lateAccepted.length > 0) {
    for (const candidate of lateAccepted) accept(candidate, 'onPageJudged', `on a page ${judgement.verdict === 'about' ? 'about' : 'related to'} the talks`);
    final = resolveOverlaps(accepted());
  }

  const mentions =
    judgement.verdict === 'unrelated'
      ? []
      : mergeAdjacent(final, doc.buffer.codes).flatMap((candidate) => {
          const zone = zoneOf(candidate.start);
          return REPORTED_ZONES.has(zone) ? [toMention(index, doc, candidate, zone)] : [];
        });
  const found: Record<string, number> = {};
  for (const mention of mentions) found[mention.entryId] = (found[mention.entryId] ?? 0) + 1;
  return { ...judgement, published, mentions, found };
}

/** Runs the whole pipeline at once. */
export function runToEnd<T>(steps: Generator<void, T, void>): T {
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}
