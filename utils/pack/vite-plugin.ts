/**
 * Vite plugin that bundles a context pack: `virtual:backstory/needs` (the prefilter's word sets, all
 * the content script loads on every page), `virtual:backstory/names` (what finding mentions needs,
 * loaded with the rest of the content script once a page may mention a name) and
 * `virtual:backstory/pack` (the whole validated pack, for cards). The pack is
 * validated again at the start of every build, and a pack that fails validation fails the build with
 * the `PackError` message, which names the file, entry and field of every problem.
 */
import { join, resolve } from 'node:path';
import type { Plugin } from 'vite';
import { loadPack } from './load-pack';
import { toNamesModule, type NamesModule } from './names';
import { PackError } from './pack-error';
import { listPackFiles } from './read-pack-dir';
import type { Pack } from './schema';

export const NEEDS_MODULE_ID = 'virtual:backstory/needs';
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
  let names: NamesModule | undefined;

  const current = (): Pack => (pack ??= loadPack(dir));
  // Both the word sets and the index come out of one build of the match index.
  const currentNames = (): NamesModule => (names ??= toNamesModule(current()));

  return {
    name: 'backstory-pack',
    buildStart() {
      pack = undefined;
      names = undefined;
      for (const file of listPackFiles(dir)) this.addWatchFile(join(dir, file));
      try {
        current();
      } catch (error) {
        if (error instanceof PackError) this.error(error.message);
        throw error;
      }
    },
    watchChange(id) {
      if (!id.startsWith(dir)) return;
      pack = undefined;
      names = undefined;
    },
    resolveId(id) {
      return id === NEEDS_MODULE_ID || id === NAMES_MODULE_ID || id === PACK_MODULE_ID
        ? RESOLVED_PREFIX + id
        : undefined;
    },
    load(id) {
      if (id === RESOLVED_PREFIX + NEEDS_MODULE_ID) return `export default ${JSON.stringify(currentNames().needs)};`;
      if (id === RESOLVED_PREFIX + NAMES_MODULE_ID) {
        // The word sets are the needs module's: the content script's second stage gets them from the first.
        const { needs: _needs, ...index } = currentNames();
        return `export default ${JSON.stringify(index)};`;
      }
      if (id === RESOLVED_PREFIX + PACK_MODULE_ID) return `export default ${JSON.stringify(current())};`;
      return undefined;
    },
  };
}
