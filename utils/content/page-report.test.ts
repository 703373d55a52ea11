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

  it('pushes only reports that show, the end of one, and only when they changed', () => {
    const pushed: string[] = [];
    const reporter = createReporter('u', (r) => pushed.push(r.verdict));
    const about = buildReport('u', { verdict: 'about', score: 90, reasons: [] }, found);
    reporter.update(buildReport('u', PENDING, []));
    reporter.update(buildReport('u', { verdict: 'unrelated', score: 2, reasons: [] }, []));
    expect(pushed).toEqual([]);
    reporter.update(about);
    reporter.update({ ...about });
    reporter.update(buildReport('u', { verdict: 'related', score: 40, reasons: [] }, found));
    reporter.update(buildReport('u', PENDING, []));
    reporter.update(buildReport('u', { verdict: 'unrelated', score: 2, reasons: [] }, []));
    expect(pushed).toEqual(['about', 'related', 'pending']);
  });

  it('keeps the latest report for whoever asks, pending before the first verdict', () => {
    const reporter = createReporter('https://www.dw.com/a', () => undefined);
    expect(reporter.current()).toEqual(buildReport('https://www.dw.com/a', PENDING, []));
    const unrelated = buildReport('https://www.dw.com/a', { verdict: 'unrelated', score: 2, reasons: ['x'] }, []);
    reporter.update(unrelated);
    expect(reporter.current()).toBe(unrelated);
  });
});
