// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { blockOf, HUGE_BATCH, planMutations } from './mutation-plan';
import { isOwnNode } from './ui-host';

/** Records the mutations `change` makes, the way the content script's observer sees them. */
async function recordsOf(change: () => void): Promise<MutationRecord[]> {
  const records: MutationRecord[] = [];
  const observer = new MutationObserver((batch) => records.push(...batch));
  observer.observe(document, { childList: true, subtree: true, characterData: true });
  change();
  await Promise.resolve();
  records.push(...observer.takeRecords());
  observer.disconnect();
  return records;
}

describe('planning work from a batch of mutations', () => {
  beforeEach(() => {
    document.body.replaceChildren();
    const article = document.createElement('article');
    article.id = 'story';
    for (let i = 0; i < 3; i++) {
      const p = document.createElement('p');
      p.id = `p${i}`;
      p.append('Sergei ', Object.assign(document.createElement('b'), { textContent: 'Ryabkov' }), ' said.');
      article.append(p);
    }
    document.body.append(article);
  });

  it('re-reads the whole paragraph when text inside inline markup changes', async () => {
    const bold = document.querySelector('#p1 b')!;
    const records = await recordsOf(() => void (bold.firstChild!.textContent = 'Rjabkow'));
    const plan = planMutations(records, isOwnNode);
    expect(plan.rescan).toBe(false);
    expect(plan.dirty.map((root) => root.id)).toEqual(['p1']);
    expect(blockOf(bold)).toBe(document.querySelector('#p1'));
  });

  it('keeps only the outermost of nested dirty subtrees', async () => {
    const entry = document.createElement('section');
    entry.id = 'entry';
    const records = await recordsOf(() => {
      document.querySelector('#story')!.append(entry);
      const p = document.createElement('p');
      p.textContent = 'Wendy Sherman arrived.';
      entry.append(p);
    });
    expect(planMutations(records, isOwnNode).dirty.map((root) => root.id)).toEqual(['entry']);
  });

  it('notices text leaving the page', async () => {
    const records = await recordsOf(() => document.querySelector('#p2')!.remove());
    const plan = planMutations(records, isOwnNode);
    expect(plan.removed).toBe(true);
    expect(plan.dirty).toEqual([]);
  });

  it('ignores changes to Backstory’s own UI host', async () => {
    const host = document.createElement('backstory-ui');
    host.setAttribute('data-backstory-ui', '');
    const records = await recordsOf(() => {
      document.documentElement.append(host);
      host.append(document.createElement('span'));
      host.remove();
    });
    expect(planMutations(records, isOwnNode)).toEqual({ rescan: false, dirty: [], removed: false });
  });

  it('asks for one full rescan past a burst of records, or when the body itself changes', async () => {
    const burst = await recordsOf(() => {
      const bold = document.querySelector('#p0 b')!.firstChild!;
      for (let i = 0; i <= HUGE_BATCH; i++) bold.textContent = `tick ${i}`;
    });
    expect(burst.length).toBeGreaterThan(HUGE_BATCH);
    expect(planMutations(burst, isOwnNode).rescan).toBe(true);

    const top = await recordsOf(() => document.body.append('loose text'));
    expect(planMutations(top, isOwnNode).rescan).toBe(true);
  });
});
