// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { encodeNeeds, neededWords, type AnchorFilter } from '../engine/anchors';
import { foldTextDocument } from '../engine/text-document';
import { FIXTURE_NAMES } from '../engine/testing/names-fixture';
import { isEnvelope } from '../messages/contract';
import { NO_NAMES_AT_TOP } from '../page/top-of-page';
import { provideFullScript, type FullScriptCalls } from './full-script';
import { REJUDGE_AFTER_CHARS, SETTLE_MS } from './rejudge';
import { startScout } from './start-scout';

/** A stand-in for WXT's context: enough for the scout (invalidation and the location-change event). */
function fakeContext() {
  const cleanups: Array<() => void> = [];
  const context = {
    isInvalid: false,
    onInvalidated(cleanup: () => void) {
      cleanups.push(cleanup);
      return () => void cleanups.splice(cleanups.indexOf(cleanup), 1);
    },
    addEventListener(target: EventTarget, type: string, handler: EventListener) {
      target.addEventListener(type, handler);
      cleanups.push(() => target.removeEventListener(type, handler));
    },
    invalidate() {
      context.isInvalid = true;
      for (const cleanup of cleanups.splice(0)) cleanup();
    },
  };
  return context;
}

const FULL_REPORT = { url: 'https://www.dw.com/x', verdict: 'about', score: 90, reasons: ['full'], found: {} } as const;

/** The second stage as the scout sees it: counts its starts (with what they got), answers the report call. */
function fakeFullScript() {
  const started = vi.fn<(ctx: ContentScriptContext, prefilter: AnchorFilter) => void>();
  provideFullScript((ctx, prefilter) => {
    started(ctx, prefilter);
    return {
      'ui/show-entry': () => true,
      'background/move-mention': () => true,
      'background/get-page-report': () => FULL_REPORT,
    } as unknown as FullScriptCalls;
  });
  return started;
}

/** Calls the scout's message listener as the popup would. */
async function askReport(): Promise<{ verdict: string; reasons: string[] }> {
  const reply = (await fakeBrowser.runtime.sendMessage({ backstory: 'background/get-page-report' })) as {
    ok: boolean;
    value: { verdict: string; reasons: string[] };
  };
  expect(reply.ok).toBe(true);
  return reply.value;
}

const NEEDS = encodeNeeds(neededWords(FIXTURE_NAMES));

const settle = () => new Promise((resolve) => setTimeout(resolve, 20));

function page(title: string, body: string): void {
  document.head.innerHTML = `<title>${title}</title>`;
  document.body.innerHTML = body;
}

/** The event WXT dispatches when it sees the address change. */
const announceMove = (oldUrl: URL, newUrl: URL) =>
  window.dispatchEvent(Object.assign(new Event('wxt:locationchange'), { oldUrl, newUrl }));

/** A change of address without a load, and the event WXT dispatches for it; then a task passes. */
async function moveTo(address: string): Promise<void> {
  const oldUrl = new URL(location.href);
  history.pushState(null, '', address);
  announceMove(oldUrl, new URL(location.href));
  await vi.advanceTimersByTimeAsync(1);
}

describe('the content script’s first stage', () => {
  let ctx: ReturnType<typeof fakeContext>;
  beforeEach(() => {
    fakeBrowser.reset();
    ctx = fakeContext();
  });
  afterEach(() => {
    ctx.invalidate();
    vi.useRealTimers();
  });

  /** The scout started (with fake timers) on an unrelated page at /en/sport/a-1; counts the second stage's starts. */
  async function startOnSportPage() {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const started = fakeFullScript();
    history.replaceState(null, '', '/en/sport/a-1');
    page('Sport results', '<article><p>The home side won two to one.</p></article>');
    await startScout(ctx as unknown as ContentScriptContext, NEEDS);
    return started;
  }

  it('starts the second stage on a page whose top names someone, and hands it the calls', async () => {
    const started = fakeFullScript();
    page('Ryabkov and Sherman meet in Geneva', '<article><p>Talks began on Monday.</p></article>');
    await startScout(ctx as unknown as ContentScriptContext, NEEDS);
    expect(started).toHaveBeenCalledTimes(1);
    expect(started.mock.calls[0]![0]).toBe(ctx);
    expect(await askReport()).toEqual(FULL_REPORT);
  });

  it('hands the second stage the prefilter it made, so the second stage does not make it again', async () => {
    const started = fakeFullScript();
    page('Ryabkov and Sherman meet in Geneva', '<article><p>Talks began on Monday.</p></article>');
    await startScout(ctx as unknown as ContentScriptContext, NEEDS);
    const prefilter = started.mock.calls[0]![1];
    expect(prefilter.mayMention).toBeTypeOf('function');
    const folded = (text: string) => foldTextDocument(text).buffer;
    expect(prefilter.mayMention(folded('Sergei Ryabkov in Geneva'), 0, Number.MAX_SAFE_INTEGER)).toBe(true);
    expect(prefilter.mayMention(folded('The city council approved new bus lanes'), 0, Number.MAX_SAFE_INTEGER)).toBe(
      false,
    );
  });

  it('stops at the first look on an unrelated page, and reports why', async () => {
    const started = fakeFullScript();
    page('Local elections', '<article><p>The council met to discuss the budget and the new bridge.</p></article>');
    await startScout(ctx as unknown as ContentScriptContext, NEEDS);
    expect(started).not.toHaveBeenCalled();
    expect(await askReport()).toMatchObject({ verdict: 'unrelated', reasons: [NO_NAMES_AT_TOP] });
  });

  it('looks again when enough text is added, and starts once the top names someone', async () => {
    const started = fakeFullScript();
    page('Live: the day in news', '<main><div id="feed"><p>Weather: rain in the morning.</p></div></main>');
    await startScout(ctx as unknown as ContentScriptContext, NEEDS);
    expect(started).not.toHaveBeenCalled();
    const feed = document.getElementById('feed')!;
    const entry = (text: string) => Object.assign(document.createElement('p'), { textContent: text });
    // Not enough new text yet: no second look, even though it names someone.
    feed.prepend(entry('Sergei Ryabkov arrived in Geneva.'));
    await settle();
    expect(started).not.toHaveBeenCalled();
    feed.prepend(entry('More on the talks. '.repeat(Math.ceil(REJUDGE_AFTER_CHARS / 19))));
    await settle();
    expect(started).toHaveBeenCalledTimes(1);
  });

  it('looks again after a single-page navigation, once the page has settled', async () => {
    const started = await startOnSportPage();
    expect(await askReport()).toMatchObject({ verdict: 'unrelated' });
    page('Ryabkov: talks with Sherman were difficult', '<article><p>Geneva, 10 January.</p></article>');
    await moveTo('/en/geneva-talks/a-2');
    expect(await askReport()).toMatchObject({ verdict: 'pending' });
    await vi.advanceTimersByTimeAsync(SETTLE_MS - 50);
    expect(started).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(100);
    expect(started).toHaveBeenCalledTimes(1);
  });

  it('takes a move within the page (a # link) for no navigation at all', async () => {
    const started = await startOnSportPage();
    await moveTo('/en/sport/a-1#second-half');
    expect(await askReport()).toMatchObject({ verdict: 'unrelated' });
    await vi.advanceTimersByTimeAsync(SETTLE_MS * 2);
    expect(started).not.toHaveBeenCalled();
  });

  it('takes an event for a link that is leaving the page (its address not changed yet) for no navigation', async () => {
    await startOnSportPage();
    // The Navigation API's event for a download link or a link to another document, before it happens.
    announceMove(new URL(location.href), new URL('/files/report.pdf', location.href));
    await vi.advanceTimersByTimeAsync(1);
    expect(await askReport()).toMatchObject({ verdict: 'unrelated' });
  });

  it('answers nothing once the extension is gone', async () => {
    fakeFullScript();
    page('Local elections', '<article><p>The council met.</p></article>');
    await startScout(ctx as unknown as ContentScriptContext, NEEDS);
    ctx.invalidate();
    const envelope = { backstory: 'background/get-page-report' };
    expect(isEnvelope(envelope)).toBe(true);
    await expect(fakeBrowser.runtime.sendMessage(envelope)).rejects.toThrow();
  });
});
