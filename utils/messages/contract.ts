/**
 * The one message contract between the extension's contexts, named by direction and purpose.
 *
 * Written by hand rather than with a messaging library: the contract is a handful of calls, and this
 * keeps every call on `wxt/browser` (which the test fake replaces) with results as values, never
 * exceptions thrown across contexts.
 */
import type { CardView } from '../overlay/card-view';
import type { Language } from '../pack/schema';
import type { PageSnapshot } from '../reader/snapshot';

export type Result<T> = { ok: true; value: T } | { ok: false; error: string };

/** What the content script knows about its page; the background keeps one per tab. */
export interface PageReport {
  url: string;
  /** `about` the talks, `related` to them, `unrelated`, or `pending` while still looking. */
  verdict: 'about' | 'related' | 'unrelated' | 'pending';
  score: number;
  reasons: string[];
  /** Entry ids found on the page, with how many times each was mentioned. */
  found: Record<string, number>;
}

/** Calls the content script makes to the background. */
export interface ContentToBackground {
  'content/page-report': { request: PageReport; response: void };
  /** An entry's card with its text picked for `lang` (English where the pack has none); null for an unknown id. */
  'content/get-card': { request: { entryId: string; lang: Language }; response: CardView | null };
  /** The card's "show in the timeline" link: open the popup's timeline at this entry. */
  'content/show-in-timeline': { request: { entryId: string }; response: void };
}

/** Calls the popup and options pages make to the background. */
export interface UiToBackground {
  'ui/get-page-report': { request: { tabId: number }; response: PageReport | null };
  'ui/ping': { request: void; response: { version: string } };
  /** Run Backstory once on a tab, through the access the reader just gave by opening the popup. */
  'ui/annotate-once': { request: { tabId: number }; response: void };
  /** Built-in news sites and the sites the reader added. */
  'ui/list-sites': { request: void; response: { builtIn: string[]; added: string[] } };
  /** Forget an added site: its permission and its content script registration go. */
  'ui/remove-site': { request: { hostname: string }; response: void };
  /** Snapshot the tab and open the annotated reader on it, next to the tab. */
  'ui/open-reader': { request: { tabId: number }; response: void };
  /**
   * What the "Explain with Backstory" menu does with selected text: open the reader on it. Also the
   * way the end-to-end test reaches it, since no test can click a browser's native context menu.
   */
  'ui/explain-selection': { request: { tabId?: number; text: string; pageUrl?: string }; response: void };
}

/** Calls the popup makes to a tab's content script. */
export interface UiToContent {
  /** Scroll to the entry's first mention and open its card; false when the page does not mention it. */
  'ui/show-entry': { request: { entryId: string }; response: boolean };
}

/** Calls the background makes to a tab's content script. */
export interface BackgroundToContent {
  /** The reader's keyboard command: focus the next or previous mark and open its card; false with no marks. */
  'background/move-mention': { request: { direction: 'next' | 'previous' }; response: boolean };
  /** The page's latest report, asked when the background holds none (see `page-report.ts`). */
  'background/get-page-report': { request: void; response: PageReport };
  /** A copy of the page for the annotated reader, taken without touching the page. */
  'background/snapshot-page': { request: void; response: PageSnapshot };
}

/** News the background sends to open extension pages (the popup); nobody may be listening. */
export interface BackgroundToUi {
  /** A tab's page report changed. */
  'background/page-updated': { request: { tabId: number }; response: void };
}

/** A set of calls, each with its request and response (`C extends Calls<C>`). */
export type Calls<C> = { [N in keyof C]: { request: unknown; response: unknown } };

export type BackgroundCalls = ContentToBackground & UiToBackground;
export type CallName = keyof BackgroundCalls;
/** Calls a content script answers (from the popup and from the background). */
export type ContentCalls = UiToContent & BackgroundToContent;
/** News extension pages listen for. */
export type UiCalls = BackgroundToUi;

export interface Envelope<C extends Calls<C> = BackgroundCalls, N extends keyof C = keyof C> {
  backstory: N;
  payload: C[N]['request'];
}

export function isEnvelope(message: unknown): message is { backstory: string; payload: unknown } {
  return (
    typeof message === 'object' &&
    message !== null &&
    typeof (message as { backstory?: unknown }).backstory === 'string'
  );
}
