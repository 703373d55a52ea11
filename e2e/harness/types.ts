/** What a test does with a page, the same in both browsers. */
export interface TestPage {
  readonly url: () => string;
  /** Runs `fn` in the page (its main world); `fn` and `arg` must be serialisable. */
  evaluate<T, A = undefined>(fn: (arg: A) => T | Promise<T>, arg?: A): Promise<T>;
  /** Waits until `fn` returns a truthy value in the page. */
  waitFor<A = undefined>(fn: (arg: A) => unknown, arg?: A, timeoutMs?: number): Promise<void>;
  reload(): Promise<void>;
  screenshot(path: string): Promise<void>;
  mouseMove(x: number, y: number): Promise<void>;
  /** A mouse click at (x, y). */
  click(x: number, y: number): Promise<void>;
  /** A tap on the touch screen (a session started with `hasTouch`). */
  tap(x: number, y: number): Promise<void>;
  resize(width: number, height: number): Promise<void>;
  press(key: string): Promise<void>;
  bringToFront(): Promise<void>;
  /**
   * Uncaught errors and console errors seen in this page since it opened, from every world the
   * browser reports them for (Chromium: the page and the extension's content-script world, with the
   * script's URL; Firefox: what BiDi reports for the page).
   */
  errors(): readonly string[];
}

/** A request the browser made, as the harness saw it. */
export interface SeenRequest {
  url: string;
  /** Who asked: a page (its frame's URL), or an extension service worker. */
  from: string;
  /** When the harness saw it (`Date.now()`). */
  at: number;
}

export type BrowserName = 'chromium' | 'firefox';

/** A browser with the built extension installed, and the fixture routes it serves. */
export interface BrowserSession {
  readonly name: BrowserName;
  /** Serve `fixture` at `url` (a URL on a news site the extension runs on). */
  route(url: string, fixture: string): void;
  open(url: string): Promise<TestPage>;
  /** The URL of a fixture on the 127.0.0.1 server itself, where the extension does not run. */
  localUrl(fixture: string): string;
  /** The toolbar popup, describing `page`'s tab; `query` is added to its URL (`?entry=…#timeline`). */
  openPopupFor(page: TestPage, query?: string): Promise<TestPage>;
  openOptions(): Promise<TestPage>;
  /**
   * The reader clicks Backstory's toolbar button with `page`'s tab in front: the browser grants the
   * extension activeTab on that tab (until it navigates) and opens the real popup, closing any popup
   * still open. Chromium: the DevTools protocol's `Extensions.triggerAction`. Firefox:
   * `action.openPopup()` called inside a trusted click, which takes the toolbar button's own path.
   */
  clickAction(page: TestPage): Promise<void>;
  /**
   * Runs `fn` with the document of the popup the toolbar button opened (null when none is open), from
   * one of the extension's pages. `fn` and `arg` must be serialisable; a click made in `fn` is not a
   * user gesture.
   */
  inActionPopup<T, A = undefined>(fn: (popup: Document | null, arg: A) => T, arg?: A): Promise<T>;
  /**
   * Runs `fn` where the extension's API is (Chromium: the service worker; Firefox: the extension's own
   * tab): `globalThis.chrome`, and in Firefox `globalThis.browser` too.
   */
  inExtension<T, A = undefined>(fn: (arg: A) => T | Promise<T>, arg?: A): Promise<T>;
  /**
   * Sends `message` to the content script in `page`'s tab (top frame) from the extension, the way the
   * background does, and returns the reply.
   */
  sendToTab(page: TestPage, message: unknown): Promise<unknown>;
  /**
   * Reloads the extension, as an update does: its scripts in open pages lose their extension context.
   * The session's extension pages close with it; use it last in a session.
   */
  reloadExtension(): Promise<void>;
  /** Outside requests the browser tried and the harness refused. */
  refusedRequests(): readonly string[];
  /**
   * Every request seen since the session started: Chromium, the whole context (pages, frames and the
   * extension's service worker); Firefox, the pages the session opened.
   */
  requests(): readonly SeenRequest[];
  /** Every page open now, for screenshots on failure. */
  pages(): TestPage[];
  /** Resolves when the reader closes the browser (the demo with a display). */
  waitForClose(): Promise<void>;
  close(): Promise<void>;
}

/** What a browser launcher provides; the session adds the fixture server's part. */
export type LaunchedBrowser = Omit<BrowserSession, 'localUrl'>;

/** The part of the extension API a test uses from inside an extension context (`chrome` / `browser`). */
export interface ExtensionTabsApi {
  tabs: {
    query(query: {
      active?: boolean;
      lastFocusedWindow?: boolean;
      url?: string;
    }): Promise<Array<{ id?: number; active?: boolean }>>;
    sendMessage(tabId: number, message: unknown, options: { frameId: number }): Promise<unknown>;
  };
}
