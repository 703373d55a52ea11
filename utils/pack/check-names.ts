/**
 * Names: every alias folds (with `normalizeKey`) to a non-empty key that is unique within its entry
 * and across the pack, unless every entry using it declares it ambiguous with a rule. Rule words are
 * written already folded, and reference phrases are well-formed and unique.
 */
import { normalizeKey } from '../engine/normalize';
import { fieldPath, type PackProblem } from './pack-error';
import type { LocatedEntry } from './pack-walk';
import { REFERENCE_GAP, referenceKey, referencePieces } from './reference-phrase';
import type { Entry } from './schema';

interface KeyUse {
  file: string;
  entryId: string;
  path: PropertyKey[];
  ambiguous: boolean;
}

function checkRuleWords(entry: Entry, at: (path: PropertyKey[], message: string) => void): void {
  entry.aliases.forEach((alias, i) => {
    for (const field of ['near', 'unless'] as const) {
      alias.ambiguous?.[field]?.forEach((word, k) => {
        const folded = normalizeKey(word);
        if (folded !== word) at(['aliases', i, 'ambiguous', field, k], `"${word}" is not folded: write "${folded}"`);
      });
    }
  });
}

function checkReferenceForm(entry: Entry, at: (path: PropertyKey[], message: string) => void): void {
  entry.references.forEach((reference, i) => {
    const pieces = referencePieces(reference.text);
    if (pieces.some((piece) => piece === '' || piece.includes('…') || piece.includes('...'))) {
      at(
        ['references', i, 'text'],
        `gaps must be written "${REFERENCE_GAP.trim()}" with a space on each side, between non-empty pieces`,
      );
    } else if (pieces.length > 1 && reference.maxGapWords === 0) {
      at(['references', i, 'maxGapWords'], 'the phrase has a gap but allows 0 words in it');
    }
  });
}

function recordKey(uses: Map<string, KeyUse[]>, key: string, use: KeyUse): void {
  const list = uses.get(key);
  if (list) list.push(use);
  else uses.set(key, [use]);
}

function collisionProblems(uses: Map<string, KeyUse[]>, what: string, allowAmbiguous: boolean): PackProblem[] {
  const problems: PackProblem[] = [];
  for (const [key, list] of uses) {
    const entryIds = [...new Set(list.map((use) => use.entryId))];
    for (const use of list) {
      const twiceInEntry = list.filter((other) => other.entryId === use.entryId).length > 1;
      if (twiceInEntry && list.find((other) => other.entryId === use.entryId) !== use) {
        problems.push({
          file: use.file,
          entryId: use.entryId,
          path: fieldPath(use.path),
          message: `${what} "${key}" is listed twice in this entry`,
        });
      }
      if (entryIds.length > 1 && !(allowAmbiguous && use.ambiguous)) {
        const others = entryIds.filter((id) => id !== use.entryId).join(', ');
        const fix = allowAmbiguous ? ': declare it ambiguous with a rule in every entry that uses it' : '';
        problems.push({
          file: use.file,
          entryId: use.entryId,
          path: fieldPath(use.path),
          message: `${what} "${key}" is also used by ${others}${fix}`,
        });
      }
    }
  }
  return problems;
}

export function checkNames(entries: LocatedEntry[]): PackProblem[] {
  const problems: PackProblem[] = [];
  const aliasUses = new Map<string, KeyUse[]>();
  const referenceUses = new Map<string, KeyUse[]>();
  for (const { file, entry } of entries) {
    const at = (path: PropertyKey[], message: string) =>
      problems.push({ file, entryId: entry.id, path: fieldPath(path), message });
    entry.aliases.forEach((alias, i) => {
      const key = normalizeKey(alias.text);
      if (key === '') at(['aliases', i, 'text'], 'folds to an empty key');
      else
        recordKey(aliasUses, key, {
          file,
          entryId: entry.id,
          path: ['aliases', i, 'text'],
          ambiguous: alias.ambiguous !== undefined,
        });
    });
    entry.references.forEach((reference, i) => {
      recordKey(referenceUses, referenceKey(reference.text), {
        file,
        entryId: entry.id,
        path: ['references', i, 'text'],
        ambiguous: false,
      });
    });
    checkRuleWords(entry, at);
    checkReferenceForm(entry, at);
  }
  problems.push(...collisionProblems(aliasUses, 'alias key', true));
  problems.push(...collisionProblems(referenceUses, 'reference phrase', false));
  return problems;
}
