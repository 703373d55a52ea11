import { describe, expect, it } from 'vitest';
import { FoldBuffer } from './fold';
import { containsWord, decideHitLocally, decideLocally, entriesSatisfy, pageSatisfies } from './rules';
import type { RuleInfo } from './types';

const rule = (fields: Partial<RuleInfo>): RuleInfo => ({
  window: 30,
  explain: { en: 'test rule' },
  nearKeys: [],
  unlessKeys: [],
  ...fields,
});

function decide(text: string, alias: string, fields: Partial<RuleInfo>) {
  const buffer = new FoldBuffer();
  const blocks = text.split('\n\n');
  let base = 0;
  for (const block of blocks) {
    buffer.append(block, base);
    buffer.breakBlock(base + block.length);
    base += block.length + 2;
  }
  const folded = buffer.toString();
  const start = folded.indexOf(alias);
  return decideLocally(buffer, rule(fields), start, start + alias.length).kind;
}

describe('containsWord', () => {
  it('matches rule words at word starts only, outside the alias itself', () => {
    expect(containsWord('the geneva conventions', 'convention', 0, 0)).toBe(true);
    expect(containsWord('reconvention', 'convention', 0, 0)).toBe(false);
    expect(containsWord('wendy sherman', 'sherman', 6, 13)).toBe(false);
  });
});

describe('decideLocally', () => {
  it('accepts with a near word inside the window', () => {
    expect(decide('wendy sherman spoke', 'sherman', { nearKeys: ['wendy'] })).toBe('accept');
  });

  it('leaves it pending when the near word is beyond the window', () => {
    expect(decide(`wendy ${'x '.repeat(40)}sherman`, 'sherman', { nearKeys: ['wendy'] })).toBe('pending');
  });

  it('lets `unless` veto even when a near word is present', () => {
    expect(decide('wendy saw a sherman tank', 'sherman', { nearKeys: ['wendy'], unlessKeys: ['tank'] })).toBe('veto');
  });

  it('keeps the window inside the block', () => {
    expect(decide('wendy\n\nsherman', 'sherman', { nearKeys: ['wendy'] })).toBe('pending');
    expect(decide('tank\n\nsherman', 'sherman', { unlessKeys: ['tank'] })).toBe('pending');
  });
});

describe('page-level clauses', () => {
  it('withEntries needs another listed entry on the page', () => {
    const clause = rule({ withEntries: ['sergei-ryabkov', 'wendy-sherman'] });
    expect(entriesSatisfy(clause, new Set(['sergei-ryabkov']), 'wendy-sherman')).toBe('sergei-ryabkov');
    expect(entriesSatisfy(clause, new Set(['wendy-sherman']), 'wendy-sherman')).toBeNull();
  });

  it('onPageJudged holds for a verdict at least as relevant', () => {
    expect(pageSatisfies(rule({ onPageJudged: 'related' }), 'about')).toBe(true);
    expect(pageSatisfies(rule({ onPageJudged: 'about' }), 'related')).toBe(false);
    expect(pageSatisfies(rule({}), 'about')).toBe(false);
  });
});

describe('decideHitLocally', () => {
  it('keeps a decision once the window is complete, and asks again while the text may still grow', () => {
    const buffer = new FoldBuffer();
    buffer.append('price rose', 0);
    const near = rule({ window: 20, nearKeys: ['spokesman'] });
    const hit = { start: 0, end: 5 };
    expect(decideHitLocally(buffer, near, hit).kind).toBe('pending');
    expect(hit).not.toHaveProperty('local');
    // The window (20 units after the hit) is complete now: the answer is kept on the hit.
    buffer.append(' said spokesman', 10);
    expect(decideHitLocally(buffer, near, hit).kind).toBe('accept');
    expect(hit).toHaveProperty('local', { kind: 'accept', word: 'spokesman' });
  });
});
