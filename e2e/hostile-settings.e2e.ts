/**
 * Settings written straight into `storage.local` (through the extension's own page), as a corrupted
 * profile or a newer version of Backstory would leave them: the extension still marks a fixture
 * article, and the options page says clearly what happened. (Malformed, huge and hostile imports are
 * covered by `options.e2e.ts` and the settings unit tests.)
 */
import { describe, expect, it } from 'vitest';
import { readMarks } from './harness/main-world';
import type { BrowserSession } from './harness/types';
import { BROWSERS, useBrowser } from './harness/vitest-browsers';
import { overlayUrl, routeOverlayFixtures, waitForMark } from './overlay-fixtures';

interface StorageApi {
  storage: { local: { set(items: Record<string, unknown>): Promise<void>; clear(): Promise<void> } };
}

/** Replaces everything in `storage.local` with `items`, from the options page, and reloads it. */
async function writeStorage(session: BrowserSession, items: Record<string, unknown>) {
  const options = await session.openOptions();
  await options.evaluate(async (values) => {
    const scope = globalThis as unknown as { browser?: StorageApi; chrome?: StorageApi };
    const api = (scope.browser ?? scope.chrome)!;
    await api.storage.local.clear();
    await api.storage.local.set(values);
  }, items);
  await options.reload();
  await options.waitFor(() => document.querySelector('#marking-title') !== null);
  return options;
}

const noticeText = () => document.querySelector('.options__notice[role=alert]')?.textContent ?? null;

describe.each(BROWSERS)('%s: settings left broken in storage', (browserName) => {
  const session = useBrowser(browserName);

  it('a corrupted value: the defaults apply, the article is marked, the options page says so', async () => {
    const options = await writeStorage(session(), { settings: '{"markMode": "every", oops', settings$: { v: 1 } });
    await options.waitFor(noticeText);
    expect(await options.evaluate(noticeText)).toMatch(/could not be read/);
    routeOverlayFixtures(session());
    const page = await session().open(overlayUrl('static-article'));
    await waitForMark(page, 'Sergei Ryabkov');
  });

  it('a value with one bad part: the rest still applies (a site switched off stays off), with a notice', async () => {
    const options = await writeStorage(session(), {
      settings: { disabledSites: ['dw.com', '<b>not a site</b>'], markStyle: 'dotted' },
      settings$: { v: 2 },
    });
    await options.waitFor(noticeText);
    expect(await options.evaluate(noticeText)).toMatch(/could not be read \(disabledSites\.1\)/);
    expect(await options.evaluate(() => document.querySelector<HTMLInputElement>('input[value=dotted]')?.checked)).toBe(
      true,
    );
    routeOverlayFixtures(session());
    const page = await session().open(overlayUrl('static-article'));
    const popup = await session().openPopupFor(page);
    await popup.waitFor(() => document.querySelector('.popup__status')?.getAttribute('data-status') === 'site-off');
    expect(await page.evaluate(readMarks)).toEqual([]);
  });

  it('a value from an unknown future version: kept, read as far as possible, with a notice', async () => {
    const options = await writeStorage(session(), {
      settings: { markMode: 'every', futureOption: { nested: true } },
      settings$: { v: 99 },
    });
    await options.waitFor(noticeText);
    expect(await options.evaluate(noticeText)).toMatch(/newer version of Backstory \(v99\)/);
    routeOverlayFixtures(session());
    const page = await session().open(overlayUrl('static-article'));
    await waitForMark(page, 'Sergei Ryabkov');
  });
});
