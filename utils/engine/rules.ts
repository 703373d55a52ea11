/**
 * Ambiguity rules, in two stages. Local clauses are read from the text around the alias: `unless`
 * vetoes, `near` accepts. What is left waits for the page: `withEntries` (another of the listed entries
 * is named on the page) and `onPageJudged` (the page's verdict is at least as relevant).
 */
import type { FoldBuffer } from './fold';
import type { RuleInfo, Verdict } from './types';
import { isWordCode } from './word-chars';

export type LocalDecision = { kind: 'veto' } | { kind: 'accept'; word: string } | { kind: 'pending' };

/**
 * Is `key` present in `text` starting a word, outside `[skipFrom, skipTo)`? Rule words match as word
 * starts, so "convention" also finds "conventions" and "konvention" finds "Konventionen".
 */
export function containsWord(text: string, key: string, skipFrom: number, skipTo: number): boolean {
  const first = isWordCode(key.charCodeAt(0));
  for (let at = text.indexOf(key); at >= 0; at = text.indexOf(key, at + 1)) {
    const end = at + key.length;
    if (at >= skipFrom && end <= skipTo) continue;
    if (first && at > 0 && isWordCode(text.charCodeAt(at - 1))) continue;
    return true;
  }
  return false;
}

/** Applies `unless` and `near` within the rule's window around folded span [start, end), in its block. */
export function decideLocally(buffer: FoldBuffer, rule: RuleInfo, start: number, end: number): LocalDecision {
  const from = Math.max(0, start - rule.window);
  const to = Math.min(buffer.length, end + rule.window);
  // The window stays inside the alias's block: a word in another paragraph says nothing about it.
  const text = buffer.toString(from, to);
  const blockFrom = text.lastIndexOf('\n', start - from) + 1;
  const blockEnd = text.indexOf('\n', end - from);
  const around = text.slice(blockFrom, blockEnd < 0 ? text.length : blockEnd);
  const skipFrom = start - from - blockFrom;
  const skipTo = end - from - blockFrom;
  for (const key of rule.unlessKeys) {
    if (containsWord(around, key, skipFrom, skipTo)) return { kind: 'veto' };
  }
  for (const key of rule.nearKeys) {
    if (containsWord(around, key, skipFrom, skipTo)) return { kind: 'accept', word: key };
  }
  return { kind: 'pending' };
}

/** A hit of an alias with a rule; its local decision is kept once the text around it is complete. */
export interface DecidableHit {
  start: number;
  end: number;
  local?: LocalDecision;
}

/**
 * `decideLocally` for a hit, kept on the hit once the rule's window lies wholly in the text read so
 * far: the first look asks about the hits at the top of the page, and the full pass asks again.
 */
export function decideHitLocally(buffer: FoldBuffer, rule: RuleInfo, hit: DecidableHit): LocalDecision {
  if (hit.local) return hit.local;
  const decision = decideLocally(buffer, rule, hit.start, hit.end);
  if (hit.end + rule.window <= buffer.length) hit.local = decision;
  return decision;
}

const RANK: Record<Verdict, number> = { unrelated: 0, related: 1, about: 2 };

export function pageSatisfies(rule: RuleInfo, verdict: Verdict): boolean {
  return rule.onPageJudged !== undefined && RANK[verdict] >= RANK[rule.onPageJudged];
}

export function entriesSatisfy(rule: RuleInfo, present: ReadonlySet<string>, self: string): string | null {
  for (const id of rule.withEntries ?? []) {
    if (id !== self && present.has(id)) return id;
  }
  return null;
}
