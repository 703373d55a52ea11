import { describe, expect, it } from 'vitest';
import type { TrackedMention } from '../overlay/mention-store';
import { buildReport, createReporter, PENDING } from './page-report';

const mention = (entryId: string) => ({ entryId }) as TrackedMention;
const found = [mention('sergei-ryabkov'), mention('nato'), mention('sergei-ryabkov')];

describe('what the content script reports', () => {
  it('counts the entries found on a page about or related to the talks', () => {
    const report = buildReport('https://www.dw.com/a', { verdict: 'about', score: 90, reasons: ['Ryabkov'] }, found);
    expect(report).toEqual({
      url: 'https://www.dw.com/a',
      verdict: 'about',
      score: 90,
      reasons: ['Ryabkov'],
      found: { 'sergei-ryabkov': 2, nato: 1 },
    });
  });

  it('reports nothing beyond the verdict on an unrelated or still pending page', () => {
    expect(buildReport('u', { verdict: 'unrelated', score: 3, reasons: ['no names'] }, found).found).toEqual({});
    expect(buildReport('u', PENDING, found).found).toEqual({});
  });

  it('sends a report only when it changed', () => {
    const sent: string[] = [];
    const report = createReporter((r) => sent.push(r.verdict));
    report(buildReport('u', PENDING, []));
    report(buildReport('u', PENDING, []));
    report(buildReport('u', { verdict: 'about', score: 90, reasons: [] }, found));
    expect(sent).toEqual(['pending', 'about']);
  });
});
