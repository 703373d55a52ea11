/**
 * The content script's second stage, started by the first (`start-scout.ts`) once the document is
 * parsed and its top may name something: one page session with its overlay. The reader's settings
 * are read when the page gets past the cheap first look and then followed: changes repaint the marks
 * or tear it all down, and a site the reader switched off is left at that first look, never marked.
 * Single-page navigation starts the judgement again. The background's and the popup's calls reach
 * it through the first stage, which holds the one listener. Everything hangs off WXT's `ctx`: when
 * the extension is disabled, updated or the page is left, the marks, the UI host, every listener,
 * observer and timer go.
 */
import { callBackground } from '../messages/send';
import { pickCardLanguage } from '../overlay/card-language';
import { createHighlightRules } from '../overlay/highlight-styles';
import { createMarks } from '../overlay/marks';
import { MentionStore } from '../overlay/mention-store';
import { lazyOverlay } from '../overlay/lazy-overlay';
import { createOverlay, type Overlay } from '../overlay/overlay';
import { removeStaleHosts } from '../overlay/ui-host';
import { whenIdle } from '../page/when-idle';
import { readSettings, saveSettings } from '../storage/settings';
import { isEntryMuted, isSiteEnabled, withEntryMuted } from '../storage/settings-schema';
import { loadCardUi } from './card-script';
import { namesForPage } from './names';
import { buildReport, createReporter, PENDING } from './page-report';
import { onPageMove } from './page-moves';
import { pageSettings } from './page-settings';
import type { StartFullScript } from './full-script';
import { startPageSession, type PageSession } from './page-session';

/** A report that shows reaches the background this long after the verdict at the latest. */
const REPORT_WAIT_MS = 500;

interface Running {
  session: PageSession;
  overlay: Overlay;
  stop: AbortController;
}

/** Starts following the (parsed) page; returns the answers to the calls the page's script receives. */
export const startFullScript: StartFullScript = (ctx, prefilter) => {
  const names = namesForPage(prefilter);
  // An earlier copy of this script that could not clean up (an add-on reloaded in Firefox) left these.
  createMarks().clear();
  removeStaleHosts(document);
  // The badge can wait for a quiet moment; the frame that shows the marks should not wait for the
  // badge (a page's first message costs it 4-6 ms).
  const reporter = createReporter(location.href, (pageReport) =>
    whenIdle(
      window,
      () => {
        // A script the browser stopped (the extension reloaded or updated) has no one to tell.
        if (!ctx.isInvalid) void callBackground('content/page-report', pageReport);
      },
      REPORT_WAIT_MS,
    ),
  );
  let running: Running | null = null;
  const settings = pageSettings(ctx, () => apply());

  const rules = createHighlightRules(document);
  ctx.onInvalidated(() => rules.remove());

  const start = (): Running => {
    const stop = new AbortController();
    ctx.onInvalidated(() => stop.abort());
    const store = new MentionStore();
    const hostname = location.hostname;
    const overlay = lazyOverlay(store, () =>
      createOverlay({
        ctx,
        store,
        signal: stop.signal,
        markMode: () => settings.current().markMode,
        markStyle: () => settings.current().markStyle,
        isMuted: (entryId) => isEntryMuted(settings.current(), hostname, entryId),
        cardLanguage: () =>
          pickCardLanguage(
            settings.current().cardLanguage,
            document.documentElement.lang,
            store.all().map((mention) => mention.why.lang),
          ),
        loadCard: async (entryId, lang) => {
          const reply = await callBackground('content/get-card', { entryId, lang });
          return reply.ok ? reply.value : null;
        },
        loadCardUi,
        mute: async (entryId) => {
          const latest = (await readSettings()).settings;
          await saveSettings(withEntryMuted(latest, hostname, entryId));
        },
        showInTimeline: (entryId) => void callBackground('content/show-in-timeline', { entryId }),
        adoptRules: (style) => rules.adopt(style),
      }),
    );
    const session = startPageSession({
      engine: names.engine,
      kindOf: names.kindOf,
      store,
      overlay,
      report: reporter.update,
      signal: stop.signal,
      // A page worth reading in full: its settings are read while it is. The highlight rules arrive
      // with the first marks (`adoptRules`), so the page restyles once, in the frame that shows them,
      // and a page the full look finds unrelated never restyles for Backstory at all.
      onFullLook: () => settings.read(),
    });
    return { session, overlay, stop };
  };
  const stop = () => {
    running?.stop.abort();
    running?.overlay.dispose();
    running = null;
    // Marks gone: the badge and the popup's list go too.
    reporter.update(buildReport(location.href, PENDING, []));
  };
  const apply = () => {
    const wanted = isSiteEnabled(settings.current(), location.hostname);
    if (wanted && !running) running = start();
    else if (!wanted && running) stop();
    else running?.overlay.refresh();
  };

  running = start();
  ctx.onInvalidated(stop);
  onPageMove(ctx, () => running?.session.navigated());
  return {
    'ui/show-entry': ({ entryId }) => (!ctx.isInvalid && running?.overlay.showEntry(entryId)) || false,
    'background/move-mention': ({ direction }) => (!ctx.isInvalid && running?.overlay.move(direction)) || false,
    'background/get-page-report': () => reporter.current(),
  };
};
