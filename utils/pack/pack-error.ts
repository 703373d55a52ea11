/**
 * A pack that fails validation fails loudly: one error that lists every problem, each naming the
 * file, the entry (or timeline event) id and the field path, so an author can fix them all at once.
 */

export interface PackProblem {
  /** Path of the file inside the pack directory, e.g. `entries/sergei-ryabkov.json`. */
  file: string;
  /** The entry or timeline event the problem is in, when there is one. */
  entryId?: string;
  /** Field path inside that file, e.g. `aliases[3].ambiguous.near[0]`; '' for the whole file. */
  path: string;
  message: string;
}

export function formatProblem(problem: PackProblem): string {
  const where = problem.entryId ? `${problem.file} [${problem.entryId}]` : problem.file;
  return `${where} ${problem.path || '(file)'}: ${problem.message}`;
}

export class PackError extends Error {
  readonly problems: readonly PackProblem[];

  constructor(packDir: string, problems: readonly PackProblem[]) {
    const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
    super(
      `Pack ${packDir} failed validation with ${count}:\n${problems.map((p) => `  - ${formatProblem(p)}`).join('\n')}`,
    );
    this.name = 'PackError';
    this.problems = problems;
  }
}

/** Formats a field path from path segments: `['aliases', 3, 'text']` → `aliases[3].text`. */
export function fieldPath(segments: readonly PropertyKey[]): string {
  let out = '';
  for (const segment of segments) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else out += out === '' ? String(segment) : `.${String(segment)}`;
  }
  return out;
}
