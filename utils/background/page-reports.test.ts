import { describe, expect, it } from 'vitest';
import type { PageReport } from '@/utils/messages/contract';
import { createPageReports } from './page-reports';

const report = (verdict: PageReport['verdict']): PageReport => ({
  url: 'u',
  verdict,
  score: 0,
  reasons: [],
  found: {},
});

describe("the background's page reports", () => {
  it("answers with what a tab's page pushed, and asks the page when it pushed nothing", async () => {
    const asked: number[] = [];
    const reports = createPageReports(async (tabId) => (asked.push(tabId), tabId === 2 ? report('unrelated') : null));
    reports.remember(1, report('about'));
    expect(await reports.get(1)).toEqual(report('about'));
    expect(await reports.get(2)).toEqual(report('unrelated'));
    expect(await reports.get(3)).toBeNull();
    expect(asked).toEqual([2, 3]);
  });

  it('asks the page again once its address changed', async () => {
    const reports = createPageReports(async () => report('pending'));
    reports.remember(1, report('about'));
    reports.forget(1);
    expect(await reports.get(1)).toEqual(report('pending'));
  });

  it('knows whether a new address is still the page its report is about', () => {
    const reports = createPageReports(async () => null);
    reports.remember(1, { ...report('about'), url: 'https://www.dw.com/en/geneva-talks/a-60384513' });
    expect(reports.isAbout(1, 'https://www.dw.com/en/geneva-talks/a-60384513#live-2')).toBe(true);
    expect(reports.isAbout(1, 'https://www.dw.com/en/other-story/a-1')).toBe(false);
    expect(reports.isAbout(2, 'https://www.dw.com/en/geneva-talks/a-60384513')).toBe(false);
  });
});
