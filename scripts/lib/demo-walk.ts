import { join } from 'node:path';
import type { BrowserSession, TestPage } from '../../e2e/harness/types';
import type { DemoArticle } from './demo-articles';

export interface ArticleWalk {
  title: string;
  url: string;
  popupText: string;
  marks: number;
  screenshots: string[];
}

/** Opens one article, hovers its first mark if there is one, opens the popup, and screenshots each step. */
export async function walkArticle(session: BrowserSession, article: DemoArticle, outDir: string): Promise<ArticleWalk> {
  const screenshots: string[] = [];
  const shoot = async (page: TestPage, name: string) => {
    const path = join(outDir, `${article.slug}-${name}.png`);
    await page.screenshot(path);
    screenshots.push(path);
  };

  const page = await session.open(article.url);
  await settle(page);
  await shoot(page, 'page');

  const firstMark = await page.evaluate(firstHighlightCentre);
  if (firstMark) {
    await page.mouseMove(firstMark.x, firstMark.y);
    await new Promise((resolve) => setTimeout(resolve, 900));
    await shoot(page, 'card');
  }

  const popup = await session.openPopupFor(page);
  await popup.resize(380, 520);
  await popup.waitFor(() => document.querySelector('.popup__status')?.getAttribute('data-status') !== 'loading');
  await shoot(popup, 'popup');
  const popupText = await popup.evaluate(() => (document.querySelector('.popup__status')?.textContent ?? '').trim());
  const marks = await page.evaluate(countHighlightRanges);
  return { title: article.title, url: article.url, popupText, marks, screenshots };
}

/** Gives the content script time to read the page: until the page has been idle for a moment. */
async function settle(page: TestPage): Promise<void> {
  await page.waitFor(() => document.readyState === 'complete');
  await new Promise((resolve) => setTimeout(resolve, 1200));
}

// These run in the page: marks are CSS highlights, visible to the page's own script.
function firstHighlightCentre(): { x: number; y: number } | null {
  for (const highlight of CSS.highlights.values()) {
    for (const range of highlight as unknown as Iterable<Range>) {
      const rect = (range as Range).getClientRects()[0];
      if (rect) return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
    }
  }
  return null;
}

function countHighlightRanges(): number {
  let count = 0;
  for (const highlight of CSS.highlights.values()) count += (highlight as unknown as Set<Range>).size;
  return count;
}
