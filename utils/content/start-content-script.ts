import type { ContentScriptContext } from '#imports';
import { callBackground } from '@/utils/messages/send';
import type { PageReport } from '@/utils/messages/contract';
import { readSettings } from '@/utils/storage/settings';
import { isSiteEnabled } from '@/utils/storage/settings-schema';

/** Runs on each matching page: looks at it, then tells the background what it found. */
export async function startContentScript(ctx: ContentScriptContext): Promise<void> {
  const { settings } = await readSettings();
  if (!isSiteEnabled(settings, location.hostname) || ctx.isInvalid) return;
  const report: PageReport = { url: location.href, verdict: 'pending', score: 0, reasons: [], found: {} };
  await callBackground('content/page-report', report);
}
