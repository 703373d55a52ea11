/**
 * Vite plugin that bundles a context pack: `virtual:backstory/names` (what the content script needs
 * to find mentions) and `virtual:backstory/pack` (the whole validated pack, for cards). The pack is
 * validated again at the start of every build, and a pack that fails validation fails the build with
 * the `PackError` message, which names the file, entry and field of every problem.
 */
import { join, resolve } from 'node:path';
import type { Plugin } from 'vite';
import { loadPack } from './load-pack';
import { toNamesModule } from './names';
import { PackError } from './pack-error';
import { listPackFiles } from './read-pack-dir';
import type { Pack } from './schema';

export const NAMES_MODULE_ID = 'virtual:backstory/names';
export const PACK_MODULE_ID = 'virtual:backstory/pack';
const RESOLVED_PREFIX = '\0';

export interface BackstoryPackOptions {
  /** The pack directory, absolute or relative to the working directory. */
  dir: string;
}

export function backstoryPack(options: BackstoryPackOptions): Plugin {
  const dir = resolve(options.dir);
  let pack: Pack | undefined;

  const current = (): Pack => (pack ??= loadPack(dir));

  return {
    name: 'backstory-pack',
    buildStart() {
      pack = undefined;
      for (const file of listPackFiles(dir)) this.addWatchFile(join(dir, file));
      try {
        current();
      } catch (error) {
        if (error instanceof PackError) this.error(error.message);
        throw error;
      }
    },
    watchChange(id) {
      if (id.startsWith(dir)) pack = undefined;
    },
    resolveId(id) {
      return id === NAMES_MODULE_ID || id === PACK_MODULE_ID ? RESOLVED_PREFIX + id : undefined;
    },
    load(id) {
      if (id === RESOLVED_PREFIX + NAMES_MODULE_ID)
        return `export default ${JSON.stringify(toNamesModule(current()))};`;
      if (id === RESOLVED_PREFIX + PACK_MODULE_ID) return `export default ${JSON.stringify(current())};`;
      return undefined;
    },
  };
}
