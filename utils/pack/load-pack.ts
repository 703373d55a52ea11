/**
 * Loads a pack directory (Node): reads every file, validates it with the schema and the
 * cross-checks, and returns the typed `Pack`, or throws one `PackError` listing every problem.
 */
import { readPackDir } from './read-pack-dir';
import { PackError } from './pack-error';
import type { Pack } from './schema';
import { validatePackFiles } from './validate-pack';

export function loadPack(dir: string): Pack {
  const { pack, problems } = validatePackFiles(readPackDir(dir));
  if (!pack) throw new PackError(dir, problems);
  return pack;
}
