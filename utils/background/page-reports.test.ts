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
});
