/**
 * The handoff between the content script's two stages. The first (`content.js`, on every page of the
 * listed sites) takes the cheap first look; only a page whose top may name something loads the
 * second (`content-full.js`: the match index, the engine, the marks and the card), which most pages
 * never need: compiling and starting the whole script was most of what an unrelated page paid.
 *
 * The second stage is a web-accessible resource of the listed sites, imported from the first stage's
 * isolated world (Chromium gives it a per-session address, so pages cannot probe for it). Where the
 * background injects the content script (sites the reader added, "annotate this page once"), it runs
 * the second stage's file first, which then only has to be picked up.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { browser } from 'wxt/browser';
import type { ScriptPublicPath } from 'wxt/utils/inject-script';
import type { ContentCalls } from '../messages/contract';
import type { Handlers } from '../messages/handle';

/** The second stage's built file (typed by WXT's list of public paths, so a rename fails the build). */
export const FULL_SCRIPT_PATH: ScriptPublicPath = '/content-full.js';

/** The calls about the page's marks and verdict; the first stage copies the page for the reader itself. */
export type FullScriptCalls = Omit<Handlers<ContentCalls>, 'background/snapshot-page'>;

/**
 * Starts the second stage on a parsed page; returns its answers to the content script's calls.
 * `needs`: the prefilter's word sets, which the first stage holds (`virtual:backstory/needs`).
 */
export type StartFullScript = (ctx: ContentScriptContext, needs: string) => FullScriptCalls;

/** Where the second stage leaves its start function: the isolated world's global, which pages cannot see. */
const HANDOFF = Symbol.for('backstory.start-full-script');

type WithHandoff = { [HANDOFF]?: StartFullScript };

/** Called by the second stage as it is evaluated. */
export function provideFullScript(start: StartFullScript): void {
  (globalThis as WithHandoff)[HANDOFF] = start;
}

/** The one import of the second stage's file: a call while it is on its way (or after it failed) waits for the same. */
let imported: Promise<unknown> | null = null;

/**
 * The second stage's start function, importing its file unless it already ran in this world. The
 * first stage starts the import as soon as the head names someone, before the body is parsed, and
 * picks the function up once the first look agrees.
 */
export async function loadFullScript(): Promise<StartFullScript> {
  if (!(globalThis as WithHandoff)[HANDOFF]) {
    await (imported ??= import(/* @vite-ignore */ browser.runtime.getURL(FULL_SCRIPT_PATH)));
  }
  const start = (globalThis as WithHandoff)[HANDOFF];
  if (typeof start !== 'function') throw new Error('Backstory: the content script’s second stage did not load');
  return start;
}
