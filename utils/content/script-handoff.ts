/**
 * How a file the content script loads on demand hands over what it holds. Evaluating the file stores
 * one value (a start function, the card's UI) on the isolated world's global under a symbol, which
 * pages cannot see; the content script imports the file once (`load-script.ts`) and picks the value
 * up. This side needs no extension API, so a file that only hands over carries no polyfill.
 */
import type { ScriptPublicPath } from 'wxt/utils/inject-script';

/** The content script's second stage: the match index, the engine and the marks (`full-script.ts`). */
export const FULL_SCRIPT_PATH: ScriptPublicPath = '/content-full.js';
/** The card's UI: Preact, the card's components and styles (`card-script.ts`). */
export const CARD_SCRIPT_PATH: ScriptPublicPath = '/content-card.js';

const handoffs = globalThis as unknown as Record<symbol, unknown>;
const keyOf = (path: ScriptPublicPath) => Symbol.for(`backstory${path}`);

/** Called by the file at `path` as it is evaluated. */
export function handOver<T>(path: ScriptPublicPath, value: T): void {
  handoffs[keyOf(path)] = value;
}

/** What the file at `path` handed over in this world, if it ran. */
export function handedOver<T>(path: ScriptPublicPath): T | undefined {
  return handoffs[keyOf(path)] as T | undefined;
}
