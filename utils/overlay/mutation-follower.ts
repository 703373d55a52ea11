/**
 * One MutationObserver for the whole document (child lists, subtree, text; never attributes),
 * its records gathered and handed over in one batch per idle period (at most `maxWaitMs` later),
 * so a page that changes a thousand times a second costs one plan per batch, not one per change.
 */
import { whenIdle } from '../page/when-idle';
import { HUGE_BATCH, planMutations, type MutationPlan } from './mutation-plan';

export interface FollowOptions {
  doc: Document;
  isOwn(node: Node): boolean;
  onBatch(plan: MutationPlan): void;
  signal: AbortSignal;
  maxWaitMs?: number;
}

export function followMutations(options: FollowOptions): void {
  const { doc, signal } = options;
  const view = doc.defaultView;
  if (!view || signal.aborted) return;
  let pending: MutationRecord[] = [];
  let overflow = false;
  let cancelFlush: (() => void) | null = null;

  const flush = () => {
    cancelFlush = null;
    const records = overflow ? [] : pending;
    const plan: MutationPlan = overflow
      ? { rescan: true, dirty: [], removed: true }
      : planMutations(records, options.isOwn);
    pending = [];
    overflow = false;
    if (plan.rescan || plan.removed || plan.dirty.length > 0) options.onBatch(plan);
  };
  const observer = new MutationObserver((records) => {
    if (!overflow) {
      pending.push(...records);
      // Past a burst, keep no records: the plan is a full rescan whatever they say.
      if (pending.length > HUGE_BATCH) {
        overflow = true;
        pending = [];
      }
    }
    cancelFlush ??= whenIdle(view, flush, options.maxWaitMs ?? 250);
  });
  observer.observe(doc, { childList: true, subtree: true, characterData: true });
  signal.addEventListener(
    'abort',
    () => {
      observer.disconnect();
      cancelFlush?.();
      pending = [];
    },
    { once: true },
  );
}
