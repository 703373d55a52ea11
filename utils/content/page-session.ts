/**
 * One page as Backstory follows it: judge it (a cheap first look, then the full analysis in slices
 * that never make a long task), report the verdict, mark what it found, then follow the page as it
 * changes: added or edited text is read again subtree by subtree, a burst of changes or a new
 * address (single-page navigation) means one fresh analysis. Analyses run one at a time.
 */
import type { Engine } from '../engine/index';
import type { EntryKind } from '../pack/schema';
import { analyzeDocumentSliced } from '../page/index';
import { followMutations } from '../overlay/mutation-follower';
import type { MutationPlan } from '../overlay/mutation-plan';
import { MentionStore } from '../overlay/mention-store';
import type { Overlay } from '../overlay/overlay';
import { isOwnNode } from '../overlay/ui-host';
import { buildReport, PENDING, type Judgement } from './page-report';
import { REJUDGE_AFTER_CHARS, SETTLE_MS } from './rejudge';
import type { PageReport } from '../messages/contract';
import { trackMentions } from './tracked-mentions';

export interface PageSessionOptions {
  engine: Engine;
  kindOf(entryId: string): EntryKind;
  store: MentionStore;
  overlay: Overlay;
  report(report: PageReport): void;
  signal: AbortSignal;
  /** Called when an analysis gets past the first look, and awaited before it reports (see `analyzeDocumentSliced`). */
  onFullLook?: () => Promise<void>;
}

export interface PageSession {
  /** The page's address changed without a load: forget it and judge the new one. */
  navigated(): void;
  readonly judgement: Judgement;
}

export function startPageSession(options: PageSessionOptions): PageSession {
  const { engine, store, overlay, signal, onFullLook } = options;
  let judgement: Judgement = PENDING;
  let queue: Promise<void> = Promise.resolve();
  let fullPending = false;
  let fullRunning = false;
  /** Subtrees that changed while a full analysis was reading the page: read again after it. */
  let deferred: Element[] = [];
  let addedSinceJudged = 0;
  let settleTimer: ReturnType<typeof setTimeout> | undefined;
  /** Counts single-page navigations: what was read before one is about another page, and is dropped. */
  let visit = 0;

  const publish = () => {
    if (signal.aborted) return;
    overlay.refresh();
    options.report(buildReport(location.href, judgement, store.all()));
  };
  const enqueue = (task: () => Promise<void>) => {
    queue = queue.then(task).catch((error: unknown) => {
      if (!signal.aborted) console.warn('Backstory: analysis failed', error);
    });
  };

  const analyseAll = (firstLook: boolean) => {
    if (fullPending) return;
    fullPending = true;
    enqueue(async () => {
      fullPending = false;
      fullRunning = true;
      deferred = [];
      const readFor = visit;
      try {
        const analysis = await analyzeDocumentSliced(document, engine, { signal, firstLook, onFullLook });
        if (readFor !== visit) return;
        judgement = { verdict: analysis.verdict, score: analysis.score, reasons: analysis.reasons };
        addedSinceJudged = 0;
        store.replaceAll(trackMentions(analysis, options.kindOf));
      } finally {
        fullRunning = false;
      }
      publish();
      const changed = deferred.filter((root) => root.isConnected);
      deferred = [];
      if (changed.length > 0 && judgement.verdict !== 'unrelated') analyseSubtrees(changed);
    });
  };

  const analyseSubtrees = (roots: readonly Element[]) =>
    enqueue(async () => {
      const readFor = visit;
      for (const root of roots) {
        if (signal.aborted || !root.isConnected) continue;
        const part = await analyzeDocumentSliced(document, engine, { signal, root, firstLook: false, onFullLook });
        if (readFor !== visit) return;
        // Read alone, a short passage may not look like coverage of the talks even on a page that is:
        // the page is read again as a whole instead, and what was found there stays meanwhile.
        if (part.verdict === 'unrelated') return analyseAll(false);
        store.replaceWithin(root, trackMentions(part, options.kindOf));
      }
      publish();
    });

  const onBatch = (plan: MutationPlan) => {
    if (signal.aborted) return;
    if (store.prune()) publish();
    if (plan.rescan) return analyseAll(judgement.verdict === 'unrelated' || judgement.verdict === 'pending');
    if (fullPending) return; // the queued analysis will read these changes
    if (fullRunning) {
      deferred.push(...plan.dirty);
      return;
    }
    if (judgement.verdict === 'unrelated' || judgement.verdict === 'pending') {
      for (const root of plan.dirty) addedSinceJudged += root.textContent?.length ?? 0;
      if (judgement.verdict === 'unrelated' && addedSinceJudged >= REJUDGE_AFTER_CHARS) analyseAll(true);
      return;
    }
    if (plan.dirty.length > 0) analyseSubtrees(plan.dirty);
  };

  analyseAll(true);
  followMutations({ doc: document, isOwn: isOwnNode, onBatch, signal });
  signal.addEventListener('abort', () => clearTimeout(settleTimer), { once: true });

  return {
    navigated() {
      if (signal.aborted) return;
      visit++;
      judgement = PENDING;
      store.clear();
      publish();
      clearTimeout(settleTimer);
      settleTimer = setTimeout(() => analyseAll(true), SETTLE_MS);
    },
    get judgement() {
      return judgement;
    },
  };
}
