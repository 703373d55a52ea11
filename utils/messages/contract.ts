/**
 * The one message contract between the extension's contexts, named by direction and purpose.
 *
 * Written by hand rather than with a messaging library: the contract is a handful of calls, and this
 * keeps every call on `wxt/browser` (which the test fake replaces) with results as values, never
 * exceptions thrown across contexts.
 */
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
}

export type BackgroundCalls = ContentToBackground & UiToBackground;
export type CallName = keyof BackgroundCalls;

export interface Envelope<N extends CallName = CallName> {
  backstory: N;
  payload: BackgroundCalls[N]['request'];
}

export function isEnvelope(message: unknown): message is Envelope {
  return typeof message === 'object' && message !== null && typeof (message as Envelope).backstory === 'string';
}
