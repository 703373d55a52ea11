import { browser } from 'wxt/browser';
import type { PageReport } from '@/utils/messages/contract';

const BADGE_COLOUR = '#1d3557';

/** The toolbar badge: how many entries were found, on a page about the talks; nothing otherwise. */
export function badgeText(report: PageReport | null): string {
  if (report?.verdict !== 'about') return '';
  const count = Object.keys(report.found).length;
  return count > 0 ? String(count) : '';
}

export async function showBadge(tabId: number, report: PageReport | null): Promise<void> {
  await browser.action.setBadgeBackgroundColor({ tabId, color: BADGE_COLOUR });
  await browser.action.setBadgeText({ tabId, text: badgeText(report) });
}
