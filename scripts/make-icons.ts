/**
 * Draws the toolbar and store icons from `assets/icon/backstory.svg` at every size the stores ask for
 * (Chrome: 16, 32, 48, 128; Firefox: 48, 96), rendered by headless Chromium into `public/icon/`.
 * Run after changing the SVG: `npx tsx scripts/make-icons.ts`.
 */
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { findBrowser } from '../e2e/harness/find-browser';

export const ICON_SIZES = [16, 32, 48, 96, 128] as const;
const ROOT = join(import.meta.dirname, '..');

async function main(): Promise<void> {
  const svg = await readFile(join(ROOT, 'assets', 'icon', 'backstory.svg'), 'utf8');
  const outDir = join(ROOT, 'public', 'icon');
  await mkdir(outDir, { recursive: true });
  const browser = await chromium.launch({ executablePath: findBrowser('chromium'), args: ['--no-sandbox'] });
  try {
    for (const size of ICON_SIZES) {
      const page = await browser.newPage({ viewport: { width: size, height: size } });
      await page.setContent(
        `<style>html,body{margin:0;background:transparent}svg{display:block;width:${size}px;height:${size}px}</style>${svg}`,
      );
      await page.screenshot({ path: join(outDir, `${size}.png`), omitBackground: true });
      await page.close();
      console.log(`public/icon/${size}.png`);
    }
  } finally {
    await browser.close();
  }
}

await main();
