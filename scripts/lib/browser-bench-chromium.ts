/**
 * The bench in headless Chromium (playwright-core): one persistent context with the built extension
 * and one launched without it, both serving the scenarios from memory at a news site's address (no
 * request leaves the machine). CDP gives script and task time, and the JS heap after a forced GC.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type CDPSession } from 'playwright-core';
import { CHROMIUM_QUIET_FLAGS, findBrowser } from '../../e2e/harness/find-browser';
import { AWAY_HTML, AWAY_URL, scenarioUrl, type Scenario } from './browser-bench-pages';
import { PROBE, readProbe } from './browser-bench-probe';
import { traceTasks } from './chromium-task-trace';
import { fromProbe, settle, sleep, type RunResult } from './browser-bench-run';

export interface BenchBrowser {
  version: string;
  run(scenario: Scenario): Promise<RunResult>;
  close(): Promise<void>;
}

export async function launchChromiumBench(extensionDir: string | null, all: Scenario[]): Promise<BenchBrowser> {
  const profile = await mkdtemp(join(tmpdir(), 'backstory-bench-'));
  const args = extensionDir
    ? [...CHROMIUM_QUIET_FLAGS, `--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`]
    : CHROMIUM_QUIET_FLAGS;
  const context: BrowserContext = await chromium.launchPersistentContext(profile, {
    executablePath: findBrowser('chromium'),
    headless: true,
    viewport: { width: 1280, height: 900 },
    args,
  });
  const worker = extensionDir ? (context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'))) : null;
  await context.addInitScript({ content: PROBE });
  const bodies = new Map(all.map((scenario) => [scenarioUrl(scenario.key), scenario.html]));
  bodies.set(AWAY_URL, AWAY_HTML);
  await context.route('**/*', (route) => {
    const url = route.request().url();
    // The extension's own files (its content script's second stage) load from the extension.
    if (!/^https?:/.test(url)) return route.continue();
    const body = bodies.get(url);
    if (body === undefined) return route.abort('blockedbyclient');
    return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body });
  });
  const version = context.browser()?.version() ?? (await versionOf(context));

  return {
    version,
    async run(scenario) {
      // The live blog repeats names, and by default only an entry's first mention is marked: there, mark
      // every mention so each new paragraph has marks to wait for.
      await worker?.evaluate(async (markMode) => {
        const api = (globalThis as unknown as { chrome: { storage: { local: StorageArea } } }).chrome;
        await api.storage.local.set({ settings: { markMode } });
      }, markModeFor(scenario));
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await cdp.send('Performance.enable');
      const before = await metrics(cdp);
      const trace = await traceTasks(cdp);
      await page.goto(scenarioUrl(scenario.key), { waitUntil: 'domcontentloaded', timeout: 60_000 });
      const driver = {
        read: () => page.evaluate(readProbe),
        flag: (name: string) => page.evaluate((flag) => Boolean((window as never)[flag]), name),
      };
      const probe = await settle(driver, scenario, extensionDir !== null && scenario.kind !== 'unrelated');
      const after = await metrics(cdp);
      const tasks = await trace.stop();
      const heapMb = await heapAfterGc(cdp);
      await page.goto(AWAY_URL, { waitUntil: 'load' });
      await sleep(1500);
      const heapAwayMb = await heapAfterGc(cdp);
      await page.close();
      return {
        ...fromProbe(probe),
        extensionTaskMs: extensionDir ? tasks.longestMs : null,
        extensionTasksTotalMs: extensionDir ? tasks.totalMs : null,
        scriptMs: (after.ScriptDuration! - before.ScriptDuration!) * 1000,
        taskMs: (after.TaskDuration! - before.TaskDuration!) * 1000,
        styleLayoutMs:
          (after.RecalcStyleDuration! - before.RecalcStyleDuration! + after.LayoutDuration! - before.LayoutDuration!) *
          1000,
        heapMb,
        heapAwayMb,
      };
    },
    async close() {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}

interface StorageArea {
  set(items: Record<string, unknown>): Promise<void>;
}

export const markModeFor = (scenario: Scenario) => (scenario.kind === 'live-blog' ? 'every' : 'first');

async function metrics(cdp: CDPSession): Promise<Record<string, number>> {
  const { metrics: list } = await cdp.send('Performance.getMetrics');
  return Object.fromEntries(list.map((metric) => [metric.name, metric.value]));
}

async function heapAfterGc(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  return (await metrics(cdp)).JSHeapUsedSize! / 1024 / 1024;
}

async function versionOf(context: BrowserContext): Promise<string> {
  const page = await context.newPage();
  const version = await page.evaluate(() => navigator.userAgent);
  await page.close();
  return version;
}
