/**
 * The match index as data: written at build time (`vite-plugin.ts`) into the content script, so a
 * page never folds a key, compiles a rule or builds the trie — it parses this and assembles the
 * automaton (a few linear passes). Patterns are rows rather than objects and each ambiguity rule is
 * stored once, not once per alias that shares it.
 */
import { assemble } from './automaton';
import type { Cue } from './cues';
import type { AliasPattern, Inflection, MatchIndex, Pattern, ReferenceInfo } from './match-index';
import { decodeTrie, encodeTrie } from './trie-codec';
import type { EntryMeta, RuleInfo } from './types';

type AliasRow = ['a', entry: number, text: string, lang: AliasPattern['lang'], rule: number, flags: number];
type ReferenceRow = ['r', reference: number, segment: number, flags: number];
type CueRow = ['c', cue: Cue, flags: number];
type PatternRow = AliasRow | ReferenceRow | CueRow;

export interface MatchIndexData {
  /** The trie, `encodeTrie`d. */
  trie: string;
  patterns: PatternRow[];
  rules: RuleInfo[];
  references: ReferenceInfo[];
  entries: EntryMeta[];
}

const CHECK_LEFT = 1;
const CHECK_RIGHT = 2;
const CAPITALISED = 4;
const IS_DATE = 8;
const INFLECTIONS: Inflection[] = ['none', 'cyrillic', 'latin-s'];
const INFLECTION_SHIFT = 4;

const boundFlags = (pattern: Pattern) => (pattern.checkLeft ? CHECK_LEFT : 0) | (pattern.checkRight ? CHECK_RIGHT : 0);

export function toIndexData(index: MatchIndex): MatchIndexData {
  const rules: RuleInfo[] = [];
  const ruleNumbers = new Map<string, number>();
  const ruleNumber = (rule: RuleInfo | null) => {
    if (!rule) return -1;
    const key = JSON.stringify(rule);
    let number = ruleNumbers.get(key);
    if (number === undefined) {
      number = rules.push(rule) - 1;
      ruleNumbers.set(key, number);
    }
    return number;
  };
  const patterns = Array.from({ length: index.patternCount }, (_, id): PatternRow => {
    const pattern = index.pattern(id);
    if (pattern.kind === 'reference') return ['r', pattern.reference, pattern.segment, boundFlags(pattern)];
    if (pattern.kind === 'cue') return ['c', pattern.cue, boundFlags(pattern)];
    const flags =
      boundFlags(pattern) |
      (pattern.capitalised ? CAPITALISED : 0) |
      (pattern.isDate ? IS_DATE : 0) |
      (INFLECTIONS.indexOf(pattern.inflection) << INFLECTION_SHIFT);
    return ['a', pattern.entry, pattern.text, pattern.lang, ruleNumber(pattern.rule), flags];
  });
  return {
    trie: encodeTrie(index.trie),
    patterns,
    rules,
    references: index.references,
    entries: index.entries,
  };
}

export function fromIndexData(data: MatchIndexData): MatchIndex {
  // A pattern is made from its row when a scan first reports it: a page reports a few dozen of the
  // some 1,900, and making them all up front was 2 ms of its cold start in Chromium.
  const patterns: Array<Pattern | undefined> = new Array(data.patterns.length);
  const trie = decodeTrie(data.trie);
  return {
    automaton: assemble(trie),
    trie,
    pattern: (id) => (patterns[id] ??= toPattern(data.patterns[id]!, data.rules)),
    patternCount: data.patterns.length,
    entries: data.entries,
    references: data.references,
    entryIndex: new Map(data.entries.map((entry, index) => [entry.id, index])),
  };
}

/** Fields written out, not spread from a helper or destructured from the row (this runs cold). */
function toPattern(row: PatternRow, rules: readonly RuleInfo[]): Pattern {
  if (row[0] === 'r') {
    const flags = row[3];
    return {
      kind: 'reference',
      reference: row[1],
      segment: row[2],
      checkLeft: (flags & CHECK_LEFT) !== 0,
      checkRight: (flags & CHECK_RIGHT) !== 0,
    };
  }
  if (row[0] === 'c') {
    const flags = row[2];
    return {
      kind: 'cue',
      cue: row[1],
      checkLeft: (flags & CHECK_LEFT) !== 0,
      checkRight: (flags & CHECK_RIGHT) !== 0,
    };
  }
  const flags = row[5];
  return {
    kind: 'alias',
    entry: row[1],
    text: row[2],
    lang: row[3],
    rule: row[4] < 0 ? null : rules[row[4]]!,
    capitalised: (flags & CAPITALISED) !== 0,
    isDate: (flags & IS_DATE) !== 0,
    inflection: INFLECTIONS[flags >> INFLECTION_SHIFT]!,
    checkLeft: (flags & CHECK_LEFT) !== 0,
    checkRight: (flags & CHECK_RIGHT) !== 0,
  };
}
