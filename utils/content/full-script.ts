/**
 * The handoff between the content script's two stages. The first (`content.js`, on every page of the
 * listed sites) takes the cheap first look; only a page whose top may name something loads the
 * second (`content-full.js`: the match index, the engine and the marks), which most pages never
 * need: compiling and starting the whole script was most of what an unrelated page paid. The card's
 * UI is a third file, loaded by the second stage on first need (`card-script.ts`).
 *
 * The second stage is a web-accessible resource of the listed sites, imported from the first stage's
 * isolated world (Chromium gives it a per-session address, so pages cannot probe for it). The first
 * stage starts the import as soon as the head names someone, before the body is parsed, and picks
 * the start function up once the first look agrees. Where the background injects the content script
 * (sites the reader added, "annotate this page once"), it runs the second stage's file first, which
 * then only has to be picked up.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { AnchorFilter } from '../engine/anchors';
import type { ContentCalls } from '../messages/contract';
import type { Handlers } from '../messages/handle';
import { scriptLoader } from './load-script';
import { FULL_SCRIPT_PATH, handOver } from './script-handoff';

/** The calls about the page's marks and verdict; the first stage copies the page for the reader itself. */
export type FullScriptCalls = Omit<Handlers<ContentCalls>, 'background/snapshot-page'>;

/**
 * Starts the second stage on a parsed page; returns its answers to the content script's calls.
 * `prefilter`: the first stage's, made from the word sets it holds (`virtual:backstory/needs`).
 */
export type StartFullScript = (ctx: ContentScriptContext, prefilter: AnchorFilter) => FullScriptCalls;

/** Called by the second stage as it is evaluated. */
export const provideFullScript = (start: StartFullScript) => handOver(FULL_SCRIPT_PATH, start);

/** The second stage's start function, importing its file unless it already ran in this world. */
export const loadFullScript = scriptLoader<StartFullScript>(FULL_SCRIPT_PATH, 'the content script’s second stage');
