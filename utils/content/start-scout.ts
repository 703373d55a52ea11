/**
 * The content script's first stage, on every page of the listed sites: once the document is parsed
 * it takes the cheap first look (`topOfPageMayMention`: the title, the description and the first
 * stretch of text against the prefilter's word sets), and only where that may name something does it
 * load and start the second stage (`full-script.ts`). Most pages are about something else and stop
 * here, having compiled a small script and read the top of the page. Where the head already names
 * someone, the second stage's file is on its way before the body is parsed.
 *
 * A page ruled out is followed as the second stage would follow it: judged again once enough text
 * was added (a live page may turn to the talks) and after a single-page navigation. Meanwhile it
 * answers the popup and the background itself (the report of that first look, a copy of the page
 * for the reader), and hands their calls on once the second stage runs.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createAnchorFilter } from '../engine/anchors';
import { handleContentCalls } from '../messages/handle';
import type { FoldedDocument } from '../engine/types';
import { documentParsed, headParsed } from '../page/parsing';
import { headMayMention, NO_NAMES_AT_TOP, topOfPageMayMention, type MayMention } from '../page/top-of-page';
import { snapshotPage } from '../reader/snapshot';
import { loadFullScript, type FullScriptCalls } from './full-script';
import { onPageMove } from './page-moves';
import { buildReport, PENDING } from './page-report';
import { REJUDGE_AFTER_CHARS, SETTLE_MS } from './rejudge';

/** `needs`: the prefilter's word sets (`virtual:backstory/needs`, as `encodeNeeds` writes them). */
export async function startScout(ctx: ContentScriptContext, needs: string): Promise<void> {
  const filter = createAnchorFilter(needs);
  const mayMention = (folded: FoldedDocument) => filter.mayMention(folded.buffer, 0, folded.buffer.length);
  // The script starts with the document (see CONTENT_SCRIPT_RUN_AT): its own start-up happens while
  // the page is still parsing, so the page is looked at the moment it is parsed.
  // What goes wrong there goes wrong in the first look too, which reports it.
  importEarlyWhereHeadMayMention(ctx, mayMention).catch(() => undefined);
  await documentParsed(document);
  if (ctx.isInvalid) return;
  let report = buildReport(location.href, PENDING, []);
  let full: FullScriptCalls | null = null;
  ctx.onInvalidated(
    handleContentCalls({
      'ui/show-entry': (request, sender) => full?.['ui/show-entry'](request, sender) ?? false,
      'background/move-mention': (request, sender) => full?.['background/move-mention'](request, sender) ?? false,
      'background/get-page-report': (request, sender) =>
        full ? full['background/get-page-report'](request, sender) : report,
      'background/snapshot-page': () => snapshotPage(document),
    }),
  );

  const following = new AbortController();
  ctx.onInvalidated(() => following.abort());
  let looking = false;
  let again = false;
  const look = async (): Promise<void> => {
    if (looking) {
      again = true;
      return;
    }
    looking = true;
    try {
      do {
        again = false;
        const url = location.href;
        const topMayMention = await topOfPageMayMention(document, mayMention);
        if (ctx.isInvalid || following.signal.aborted) return;
        if (topMayMention) {
          following.abort();
          const start = await loadFullScript();
          if (!ctx.isInvalid) full = start(ctx, filter);
          return;
        }
        report = buildReport(url, { verdict: 'unrelated', score: 0, reasons: [NO_NAMES_AT_TOP] }, []);
      } while (again);
    } finally {
      looking = false;
    }
  };
  const failed = (error: unknown) => {
    if (!ctx.isInvalid) console.warn('Backstory: could not start on this page', error);
  };

  await look().catch(failed);
  if (following.signal.aborted) return;
  followRuledOutPage(ctx, following.signal, {
    grew: () => void look().catch(failed),
    navigated: () => {
      report = buildReport(location.href, PENDING, []);
    },
    settled: () => void look().catch(failed),
  });
}

/**
 * Where the title or the description may name something, the second stage's file is imported while
 * the body is still being parsed: fetching and compiling it (100 ms and more in Chromium on a 2-core
 * machine, much of it waiting behind the page's first layout and paint) then overlaps the parse
 * instead of following the first look. The first look still decides whether it starts; a page whose
 * head names nobody imports it only then.
 */
async function importEarlyWhereHeadMayMention(ctx: ContentScriptContext, mayMention: MayMention): Promise<void> {
  await headParsed(document);
  if (ctx.isInvalid || !headMayMention(document, mayMention)) return;
  // A failed import is reported where the second stage is started.
  await loadFullScript().catch(() => undefined);
}

interface RuledOutEvents {
  /** At least `REJUDGE_AFTER_CHARS` of text were added since the last look. */
  grew(): void;
  /** The address changed without a load. */
  navigated(): void;
  /** `SETTLE_MS` after the last navigation. */
  settled(): void;
}

/**
 * Watches a page the first look ruled out, until `signal` aborts. Only added nodes count, by their
 * text's length: edits of existing text (tickers, clocks) change little of what the top says.
 */
function followRuledOutPage(ctx: ContentScriptContext, signal: AbortSignal, on: RuledOutEvents): void {
  let added = 0;
  const observer = new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) added += node.textContent?.length ?? 0;
    }
    if (added < REJUDGE_AFTER_CHARS) return;
    added = 0;
    on.grew();
  });
  observer.observe(document, { childList: true, subtree: true });
  let settleTimer: ReturnType<typeof setTimeout> | undefined;
  // WXT removes the listener only when the script is invalidated; once the second stage runs, it follows.
  onPageMove(ctx, () => {
    if (signal.aborted) return;
    on.navigated();
    clearTimeout(settleTimer);
    settleTimer = setTimeout(on.settled, SETTLE_MS);
  });
  signal.addEventListener(
    'abort',
    () => {
      observer.disconnect();
      clearTimeout(settleTimer);
    },
    { once: true },
  );
}
