/**
 * Turns the raw hits into mention candidates (aliases and assembled reference phrases), applies the
 * local clauses of the ambiguity rules, and turns the survivors into reported mentions.
 */
import type { AliasHit, Hits } from './candidates';
import type { AliasPattern, MatchIndex, ReferenceInfo } from './match-index';
import { assembleReferences } from './references';
import type { Resolvable } from './resolve';
import { decideHitLocally } from './rules';
import type { EngineMention, FoldedDocument, RuleInfo, Why, Zone, ZoneSpan } from './types';
import { BLOCK_BREAK } from './fold';
import { isLowerCaseCode, isUpperCaseCode, isWordCode } from './word-chars';
import { runToEnd } from './steps';

export interface Candidate extends Resolvable {
  entry: number;
  rule: RuleInfo | null;
  /** What matched: an alias (possibly with a case ending) or a reference phrase. */
  alias: AliasPattern | null;
  reference: ReferenceInfo | null;
  inflected: boolean;
  /** Set once the candidate counts: `plain` for plain names and phrases, else the rule clause that held. */
  acceptedBy: 'plain' | 'near' | 'withEntries' | 'onPageJudged' | null;
  /** For an ambiguous alias: what made it count (the nearby word, the other entry, the verdict). */
  detail: string;
}

/** Rank among spans of equal length: a rule that held beats a bare name beats a page-level guess. */
export const ACCEPTANCE_RANK = { near: 4, plain: 3, withEntries: 2, onPageJudged: 1 } as const;

/** The reader's "why", built only for the mentions that are reported. */
export function whyOf(candidate: Candidate): Why {
  const { alias, reference, rule } = candidate;
  if (reference) {
    return {
      matched: reference.text,
      via: 'reference',
      lang: reference.lang,
      explain: reference.explain,
      text: `phrase “${reference.text}”: ${reference.explain}`,
    };
  }
  const pattern = alias!;
  const quoted = `“${pattern.text}”`;
  const why: Why = {
    matched: pattern.text,
    via: candidate.inflected ? 'inflection' : 'alias',
    lang: pattern.lang,
    text: candidate.inflected ? `${quoted} with a case ending` : `name ${quoted}`,
  };
  if (rule) {
    why.explain = rule.explain.en;
    if (candidate.acceptedBy && candidate.acceptedBy !== 'plain') {
      why.rule = candidate.acceptedBy;
      why.text = `${rule.explain.en} (${candidate.detail})`;
    }
  }
  return why;
}

const HYPHEN = 45;

/**
 * An ambiguous name glued by a hyphen to a capitalised word that is not itself a name is part of a
 * double-barrelled name ("Owen Price-Hall", "Smith-Sherman"), not this entry. "Putin-Biden" stays two
 * names; "Vienna-based" stays Vienna.
 */
function inHyphenatedName(doc: FoldedDocument, hit: AliasHit, nameStarts: Set<number>, nameEnds: Set<number>): boolean {
  const { codes, length, sourceIndex } = doc.buffer;
  const capitalisedAt = (at: number) => isUpperCaseCode(doc.sourceCodeAt(sourceIndex[at]!));
  const { start, end } = hit;
  if (end + 1 < length && codes[end] === HYPHEN && capitalisedAt(end + 1) && !nameStarts.has(end + 1)) return true;
  if (start < 2 || codes[start - 1] !== HYPHEN || !isWordCode(codes[start - 2]!) || nameEnds.has(start - 1))
    return false;
  let wordStart = start - 2;
  while (wordStart > 0 && isWordCode(codes[wordStart - 1]!)) wordStart--;
  return capitalisedAt(wordStart);
}

/** How far into a block a dateline's date can stand ("GENEVA, Jan 10 (Reuters) -", "МОСКВА, 7 декабря."). */
const DATELINE_REACH = 60;

/**
 * A date that opens its block, with nothing but capitals, digits and punctuation before it, is the
 * page's dateline or a timeline's line head: the page's own date, not a mention of an event.
 */
function opensBlock(doc: FoldedDocument, start: number): boolean {
  const { codes, sourceIndex } = doc.buffer;
  let at = start;
  while (at > 0 && codes[at - 1] !== BLOCK_BREAK) {
    if (start - at >= DATELINE_REACH) return false;
    at--;
  }
  for (let i = at; i < start; i++) {
    if (!isWordCode(codes[i]!)) continue;
    if (isLowerCaseCode(doc.sourceCodeAt(sourceIndex[i]!))) return false;
  }
  return true;
}

/** Alias hits handled between yields: each ambiguous one reads the text around it. */
const HITS_PER_STEP = 256;

export function buildCandidates(index: MatchIndex, doc: FoldedDocument, hits: Hits): Candidate[] {
  return runToEnd(candidateSteps(index, doc, hits));
}

/** `buildCandidates` as steps, for a page with thousands of hits. */
export function* candidateSteps(
  index: MatchIndex,
  doc: FoldedDocument,
  hits: Hits,
): Generator<void, Candidate[], void> {
  const out: Candidate[] = [];
  let nameStarts: Set<number> | null = null;
  let nameEnds: Set<number> | null = null;
  let handled = 0;
  for (const hit of hits.aliases) {
    if (++handled % HITS_PER_STEP === 0) yield;
    const { pattern } = hit;
    const rule = pattern.rule;
    const candidate: Candidate = {
      entry: pattern.entry,
      start: hit.start,
      end: hit.end,
      rank: 0,
      rule,
      alias: pattern,
      reference: null,
      inflected: hit.inflected,
      acceptedBy: rule ? null : 'plain',
      detail: '',
    };
    if (pattern.isDate && opensBlock(doc, hit.start)) continue;
    if (rule) {
      nameStarts ??= new Set(hits.aliases.map((other) => other.start));
      nameEnds ??= new Set(hits.aliases.map((other) => other.end));
      if (inHyphenatedName(doc, hit, nameStarts, nameEnds)) continue;
      const decision = decideHitLocally(doc.buffer, rule, hit);
      if (decision.kind === 'veto') continue;
      if (decision.kind === 'accept') {
        candidate.acceptedBy = 'near';
        candidate.detail = `“${decision.word}” nearby`;
      }
    }
    // A form the pack lists beats the same span read through the ending fallback.
    candidate.rank = (candidate.acceptedBy ? ACCEPTANCE_RANK[candidate.acceptedBy] : 0) - (hit.inflected ? 0.5 : 0);
    out.push(candidate);
  }
  for (const hit of assembleReferences(doc.buffer.codes, index.references, hits.segments)) {
    const info = index.references[hit.reference]!;
    out.push({
      entry: info.entry,
      start: hit.start,
      end: hit.end,
      ...(hit.parts.length > 1 ? { parts: hit.parts } : {}),
      rank: ACCEPTANCE_RANK.near,
      rule: null,
      alias: null,
      reference: info,
      inflected: false,
      acceptedBy: 'plain',
      detail: '',
    });
  }
  return out;
}

/** The zone of folded position `at`. */
export function zoneAt(zones: readonly ZoneSpan[], at: number): Zone {
  let lo = 0;
  let hi = zones.length - 1;
  if (hi < 0) return 'body';
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (zones[mid]!.start <= at) lo = mid;
    else hi = mid - 1;
  }
  return zones[lo]!.start <= at ? zones[lo]!.zone : 'body';
}

/** Source span of folded [start, end): from the first unit's source character to the end of the last one's. */
export function sourceSpan(doc: FoldedDocument, start: number, end: number): [number, number] {
  const { sourceIndex } = doc.buffer;
  const first = sourceIndex[start]!;
  const last = sourceIndex[end - 1]!;
  const code = doc.sourceCodeAt(last);
  const width = code >= 0xd800 && code <= 0xdbff ? 2 : 1;
  return [first, last + width];
}

export function toMention(index: MatchIndex, doc: FoldedDocument, candidate: Candidate, zone: Zone): EngineMention {
  const [start, end] = sourceSpan(doc, candidate.start, candidate.end);
  const mention: EngineMention = {
    entryId: index.entries[candidate.entry]!.id,
    start,
    end,
    zone,
    why: whyOf(candidate),
  };
  if (candidate.parts) mention.parts = candidate.parts.map(([from, to]) => sourceSpan(doc, from, to));
  return mention;
}
