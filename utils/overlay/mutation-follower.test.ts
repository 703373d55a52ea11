// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { followMutations } from './mutation-follower';
import type { MutationPlan } from './mutation-plan';
import { isOwnNode } from './ui-host';

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('following a changing page', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('hands over many changes as one batch when the page is idle', async () => {
    let idle: (() => void) | null = null;
    vi.stubGlobal('requestIdleCallback', (callback: () => void) => {
      idle = callback;
      return 1;
    });
    vi.stubGlobal('cancelIdleCallback', () => undefined);
    document.body.replaceChildren(Object.assign(document.createElement('main'), { id: 'blog' }));
    const batches: MutationPlan[] = [];
    const stop = new AbortController();
    followMutations({ doc: document, isOwn: isOwnNode, onBatch: (plan) => batches.push(plan), signal: stop.signal });

    const blog = document.querySelector('#blog')!;
    for (let i = 0; i < 20; i++) {
      const entry = document.createElement('p');
      entry.id = `entry-${i}`;
      entry.textContent = `Update ${i}: Ryabkov spoke.`;
      blog.append(entry);
      await tick();
    }
    expect(batches).toEqual([]);
    idle!();
    expect(batches).toHaveLength(1);
    expect(batches[0]!.dirty).toHaveLength(20);
    stop.abort();
  });

  it('stops watching when its signal aborts', async () => {
    const onBatch = vi.fn();
    const stop = new AbortController();
    followMutations({ doc: document, isOwn: isOwnNode, onBatch, signal: stop.signal, maxWaitMs: 1 });
    stop.abort();
    document.body.append(document.createElement('p'));
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(onBatch).not.toHaveBeenCalled();
  });
});
