/**
 * Loads a file the content script needs only on some pages (see `script-handoff.ts`). A file the
 * background already ran in this world (it injects them in order where the manifest does not list
 * the site, see `added-sites.ts`, and there they are not web-accessible) is only picked up.
 */
import { browser } from 'wxt/browser';
import type { ScriptPublicPath } from 'wxt/utils/inject-script';
import { handedOver } from './script-handoff';

/**
 * What the file at `path` hands over, importing it unless it already ran in this world. One import:
 * a call while it is on its way (or after it failed) waits for the same. `what` names it in errors.
 */
export function scriptLoader<T>(path: ScriptPublicPath, what: string): () => Promise<T> {
  let imported: Promise<unknown> | null = null;
  return async () => {
    if (handedOver<T>(path) === undefined) {
      await (imported ??= import(/* @vite-ignore */ browser.runtime.getURL(path)));
    }
    const value = handedOver<T>(path);
    if (value === undefined) throw new Error(`Backstory: ${what} did not load`);
    return value;
  };
}
