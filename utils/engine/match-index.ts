/**
 * Builds, once per pack, everything the scan needs: one automaton over every alias, every piece of
 * every reference phrase, and the cue words, with what each pattern means.
 */
import type { Alias, Language, NameRecord } from '../pack/schema';
import { assemble, buildTrie, type Automaton, type Trie } from './automaton';
import { cueKeys, type Cue } from './cues';
import { normalizeKey } from './normalize';
import type { EntryMeta, RuleInfo } from './types';
import { isCyrillicCode, isLatinCode, isWordCode } from './word-chars';

/** Case endings a name may take that the pack did not list (see `candidates.ts`). */
export type Inflection = 'none' | 'cyrillic' | 'latin-s';

interface Bounded {
  /** The pattern starts/ends with a letter or digit, so the text must not continue the word there. */
  checkLeft: boolean;
  checkRight: boolean;
}

export interface AliasPattern extends Bounded {
  kind: 'alias';
  entry: number;
  text: string;
  lang: Language;
  rule: RuleInfo | null;
  /** The pack wrote it with a capital: lower-case text ("blinken", "price") is not this name. */
  capitalised: boolean;
  /** A date ("7 December", "30 декабря"): not a mention where it opens a block (a dateline, a timeline line). */
  isDate: boolean;
  inflection: Inflection;
}

export interface ReferencePattern extends Bounded {
  kind: 'reference';
  reference: number;
  segment: number;
}

export interface CuePattern extends Bounded {
  kind: 'cue';
  cue: Cue;
}

export type Pattern = AliasPattern | ReferencePattern | CuePattern;

export interface ReferenceInfo {
  entry: number;
  text: string;
  lang: Language;
  explain: string;
  maxGapWords: number;
  segments: number;
}

export interface MatchIndex {
  automaton: Automaton;
  /** What the automaton is assembled from: the part `index-data.ts` stores. */
  trie: Trie;
  /** Pattern `id`, as the automaton reports it. */
  pattern(id: number): Pattern;
  patternCount: number;
  entries: EntryMeta[];
  references: ReferenceInfo[];
  entryIndex: Map<string, number>;
}

const GAP = /\s*(?:…|\.\.\.)\s*/u;

/** The matching keys of a reference phrase's pieces (between its ` … ` gaps), empty pieces left out. */
export function phraseKeys(text: string): string[] {
  return text.split(GAP).map(normalizeKey).filter(Boolean);
}

function bounds(key: string): Bounded {
  return { checkLeft: isWordCode(key.charCodeAt(0)), checkRight: isWordCode(key.charCodeAt(key.length - 1)) };
}

function isCapitalised(text: string): boolean {
  const first = text.trimStart().charAt(0);
  return first !== first.toLowerCase();
}

export function inflectionOf(record: NameRecord, alias: Alias, key: string): Inflection {
  if (record.kind !== 'person' || alias.form === 'acronym') return 'none';
  // An ambiguous name is a common word too ("Price"): its -s form is usually that word's plural.
  if (alias.ambiguous && !isCyrillicCode(key.charCodeAt(key.length - 1))) return 'none';
  const last = key.charCodeAt(key.length - 1);
  if (isCyrillicCode(last)) return /[бвгджзклмнпрстфхцчшщ]$/u.test(key) ? 'cyrillic' : 'none';
  if (isLatinCode(last)) return /[sxzß]$/u.test(key) ? 'none' : 'latin-s';
  return 'none';
}

function compileRule(alias: Alias): RuleInfo | null {
  const rule = alias.ambiguous;
  if (!rule) return null;
  return {
    ...rule,
    window: rule.window ?? 80,
    nearKeys: (rule.near ?? []).map(normalizeKey).filter(Boolean),
    unlessKeys: (rule.unless ?? []).map(normalizeKey).filter(Boolean),
  };
}

/** A short English name for reasons: the short form, else the acronym, else the shortest plain alias. */
function labelOf(record: NameRecord): string {
  const english = record.aliases.filter((alias) => alias.lang === 'en');
  const pick = (form: string) => english.find((alias) => alias.form === form)?.text;
  const plain = english
    .filter((alias) => !alias.ambiguous && alias.text.length >= 4)
    .sort((a, b) => a.text.length - b.text.length);
  return pick('short') ?? pick('acronym') ?? plain[0]?.text ?? english[0]?.text ?? record.aliases[0]?.text ?? record.id;
}

export function buildMatchIndex(records: readonly NameRecord[]): MatchIndex {
  const keys: string[] = [];
  const patterns: Pattern[] = [];
  const references: ReferenceInfo[] = [];
  const entries: EntryMeta[] = records.map((record) => ({
    id: record.id,
    kind: record.kind,
    signal: record.signal,
    label: labelOf(record),
  }));
  const add = (key: string, pattern: Pattern) => {
    if (key.length === 0) return;
    keys.push(key);
    patterns.push(pattern);
  };

  records.forEach((record, entry) => {
    const seen = new Set<string>();
    for (const alias of record.aliases) {
      const key = normalizeKey(alias.text);
      const rule = compileRule(alias);
      const dedupeKey = `${key}\u0000${rule ? JSON.stringify(alias.ambiguous) : ''}`;
      if (seen.has(dedupeKey)) continue;
      seen.add(dedupeKey);
      add(key, {
        kind: 'alias',
        entry,
        text: alias.text,
        lang: alias.lang,
        rule,
        capitalised: isCapitalised(alias.text),
        isDate: /\d/.test(key) && /\p{L}/u.test(key) && key.split(' ').length <= 3,
        inflection: inflectionOf(record, alias, key),
        ...bounds(key),
      });
    }
    for (const phrase of record.references ?? []) {
      const pieces = phraseKeys(phrase.text);
      if (pieces.length === 0) continue;
      const reference = references.length;
      references.push({
        entry,
        text: phrase.text,
        lang: phrase.lang,
        explain: phrase.explain.en,
        maxGapWords: phrase.maxGapWords ?? 6,
        segments: pieces.length,
      });
      pieces.forEach((key, segment) => add(key, { kind: 'reference', reference, segment, ...bounds(key) }));
    }
  });
  for (const { key, cue } of cueKeys()) add(key, { kind: 'cue', cue, ...bounds(key) });

  const entryIndex = new Map(entries.map((entry, index) => [entry.id, index]));
  const trie = buildTrie(keys);
  return {
    automaton: assemble(trie),
    trie,
    pattern: (id) => patterns[id]!,
    patternCount: patterns.length,
    entries,
    references,
    entryIndex,
  };
}
