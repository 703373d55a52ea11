import { describe, expect, it } from 'vitest';
import type { PageReport } from '@/utils/messages/contract';
import { badgeText } from './badge';

const report = (verdict: PageReport['verdict'], found: Record<string, number>): PageReport => ({
  url: 'https://www.dw.com/x',
  verdict,
  score: 1,
  reasons: [],
  found,
});

describe('badge text', () => {
  it('counts the entries found on a page about the talks', () => {
    expect(badgeText(report('about', { 'sergei-ryabkov': 4, 'wendy-sherman': 2, nato: 7 }))).toBe('3');
  });

  it.each(['related', 'unrelated', 'pending'] as const)('is empty on a %s page', (verdict) => {
    expect(badgeText(report(verdict, { 'sergei-ryabkov': 1 }))).toBe('');
  });

  it('is empty when nothing is known or nothing was found', () => {
    expect(badgeText(null)).toBe('');
    expect(badgeText(report('about', {}))).toBe('');
  });
});
