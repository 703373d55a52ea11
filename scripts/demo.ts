/**
 * `npm run demo`: the built extension in Chromium on demo articles served from this machine.
 *
 * With a display it opens the first article and leaves the browser to you. Without one (or with
 * `--headless`) it walks the demo itself (each article, a mark, the popup) and writes screenshots
 * to `demo-output/`.
 */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { BrowserNotFoundError } from '../e2e/harness/find-browser';
import { ROOT, startSession } from '../e2e/harness/session';
import type { BrowserSession } from '../e2e/harness/types';
import { DEMO_ARTICLES } from './lib/demo-articles';
import { walkArticle, type ArticleWalk } from './lib/demo-walk';

const OUTPUT = join(ROOT, 'demo-output');

async function main(): Promise<number> {
  const headless = process.argv.includes('--headless') || !(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
  let session: BrowserSession;
  try {
    session = await startSession('chromium', { fixtures: join(ROOT, 'demo', 'pages'), headless });
  } catch (error) {
    if (error instanceof BrowserNotFoundError || (error instanceof Error && /No built extension/.test(error.message))) {
      console.error(`Cannot start the demo: ${error.message}`);
      return 1;
    }
    throw error;
  }
  for (const article of DEMO_ARTICLES) {
    session.route(article.url, article.fixture);
    session.route(new URL('/demo.css', article.url).href, 'demo.css');
  }

  if (!headless) {
    await session.open(DEMO_ARTICLES[0]!.url);
    console.log('Chromium is open on the first demo article, with Backstory loaded. Close the browser to finish.');
    console.log('Other demo articles:');
    for (const article of DEMO_ARTICLES.slice(1)) console.log(`  ${article.url}`);
    await session.waitForClose();
    await session.close();
    return 0;
  }

  await mkdir(OUTPUT, { recursive: true });
  const walks: ArticleWalk[] = [];
  try {
    for (const article of DEMO_ARTICLES) walks.push(await walkArticle(session, article, OUTPUT));
  } finally {
    await session.close();
  }
  for (const walk of walks) {
    console.log(`\n${walk.title}\n  ${walk.url}`);
    console.log(`  popup: ${walk.popupText}`);
    console.log(`  marks on the page: ${walk.marks}`);
    for (const shot of walk.screenshots) console.log(`  screenshot: ${shot}`);
  }
  console.log(`\nScreenshots are in ${OUTPUT}`);
  return 0;
}

process.exitCode = await main();
