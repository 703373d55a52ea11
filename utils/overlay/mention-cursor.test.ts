import { describe, expect, it } from 'vitest';
import { nextMentionIndex } from './mention-cursor';

const at = (...tops: number[]) => tops.map((top) => ({ top, bottom: top + 20 }));

describe('moving between marks from the keyboard', () => {
  it('starts at the first mark in or below the viewport, or the last one in or above it', () => {
    const extents = at(-500, -100, 50, 400, 1500);
    expect(nextMentionIndex(extents, -1, 'next', 800)).toBe(2);
    expect(nextMentionIndex(extents, -1, 'previous', 800)).toBe(3);
  });

  it('steps one mark at a time and wraps around, so a full tour reaches every mark', () => {
    const extents = at(0, 100, 200);
    const visited: number[] = [];
    let index = -1;
    for (let step = 0; step < 4; step++) visited.push((index = nextMentionIndex(extents, index, 'next', 800)));
    expect(visited).toEqual([0, 1, 2, 0]);
    expect(nextMentionIndex(extents, 0, 'previous', 800)).toBe(2);
  });

  it('has nowhere to go without marks', () => {
    expect(nextMentionIndex([], -1, 'next', 800)).toBe(-1);
  });
});
