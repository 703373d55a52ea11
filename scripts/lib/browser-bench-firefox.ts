/**
 * The bench in headless Firefox ESR (puppeteer-core over WebDriver BiDi), with the built extension
 * installed or not. Firefox reports time to marks, the live blog's latency and long tasks; it has no
 * Long Tasks API, so the probe's timer-gap detector stands in (a 10 ms timer more than 60 ms late).
 * BiDi has no `Performance.getMetrics` nor a heap reading: script, task and heap stay empty.
 */
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { findBrowser } from '../../e2e/harness/find-browser';
import { AWAY_HTML, AWAY_URL, scenarioUrl, type Scenario } from './browser-bench-pages';
import { PROBE, readProbe } from './browser-bench-probe';
import { fromProbe, settle, type RunResult } from './browser-bench-run';
import { markModeFor, type BenchBrowser } from './browser-bench-chromium';

export async function launchFirefoxBench(extensionDir: string | null, all: Scenario[]): Promise<BenchBrowser> {
  const uuid = randomUUID();
  const addonId = extensionDir ? geckoId(extensionDir) : '';
  const browser: Browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: findBrowser('firefox'),
    headless: true,
    extraPrefsFirefox: extensionDir ? { 'extensions.webextensions.uuids': JSON.stringify({ [addonId]: uuid }) } : {},
  });
  let extensionPage: Page | null = null;
  if (extensionDir) {
    await browser.installExtension(extensionDir);
    extensionPage = await findPageAt(browser, `moz-extension://${uuid}/`);
  }
  const bodies = new Map(all.map((scenario) => [scenarioUrl(scenario.key), scenario.html]));
  bodies.set(AWAY_URL, AWAY_HTML);
  const version = await browser.version();

  return {
    version,
    async run(scenario) {
      // As in Chromium: every mention is marked on the live blog, the default (first mention) elsewhere.
      await extensionPage?.evaluate(async (markMode) => {
        const api = (globalThis as unknown as { browser: { storage: { local: StorageArea } } }).browser;
        await api.storage.local.set({ settings: { markMode } });
      }, markModeFor(scenario));
      const page = await browser.newPage();
      await page.setViewport({ width: 1280, height: 900 });
      await page.setRequestInterception(true);
      page.on('request', (request) => {
        const body = bodies.get(request.url());
        if (body === undefined) void request.abort('blockedbyclient');
        else void request.respond({ status: 200, contentType: 'text/html; charset=utf-8', body });
      });
      await page.evaluateOnNewDocument(PROBE);
      await page.goto(scenarioUrl(scenario.key), { waitUntil: 'domcontentloaded', timeout: 60_000 });
      const driver = {
        read: () => page.evaluate(readProbe),
        flag: (name: string) => page.evaluate((flag) => Boolean((window as never)[flag]), name),
      };
      const probe = await settle(driver, scenario, extensionDir !== null && scenario.kind !== 'unrelated');
      await page.close();
      const result: RunResult = {
        ...fromProbe(probe),
        extensionTaskMs: null,
        extensionTasksTotalMs: null,
        scriptMs: null,
        taskMs: null,
        styleLayoutMs: null,
        heapMb: null,
        heapAwayMb: null,
      };
      return result;
    },
    close: () => browser.close(),
  };
}

interface StorageArea {
  set(items: Record<string, unknown>): Promise<void>;
}

function geckoId(dir: string): string {
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as {
    browser_specific_settings?: { gecko?: { id?: string } };
  };
  const id = manifest.browser_specific_settings?.gecko?.id;
  if (!id) throw new Error('the Firefox build has no gecko id');
  return id;
}

/** The page the extension opened on install (its welcome or options page), to script storage from. */
async function findPageAt(browser: Browser, prefix: string): Promise<Page> {
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    for (const page of await browser.pages()) {
      const at = await page.evaluate(() => location.href).catch(() => '');
      if (at.startsWith(prefix)) return page;
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`the extension opened no page at ${prefix}`);
}
