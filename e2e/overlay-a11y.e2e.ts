import { readFileSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './harness/session';
import type { TestPage } from './harness/types';
import { BROWSERS, useBrowser } from './harness/vitest-browsers';
import { hoverMark, overlayUrl, routeOverlayFixtures } from './overlay-fixtures';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const SCREENSHOTS = join(ROOT, 'docs', 'screenshots');

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: number;
}

/** axe-core, run in the page on the card inside Backstory's shadow root: WCAG 2.1 A and AA rules. */
async function axeOnCard(page: TestPage): Promise<{ violations: AxeViolation[]; passes: number }> {
  await page.evaluate((source) => (0, eval)(source), AXE_SOURCE);
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (context: unknown, options: unknown) => Promise<unknown> } }).axe;
    const result = (await axe.run(
      { include: [{ fromShadowDom: ['[data-backstory-ui]', '.card'] }] },
      { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } },
    )) as {
      violations: Array<{ id: string; impact: string | null; help: string; nodes: unknown[] }>;
      passes: Array<{ nodes: unknown[] }>;
    };
    return {
      violations: result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.length })),
      // Nodes checked inside the card: proof that axe reached into the shadow root.
      passes: result.passes.reduce((sum: number, rule) => sum + rule.nodes.length, 0),
    };
  });
}

describe.each(BROWSERS)('%s: the card’s accessibility, light and dark', (browserName) => {
  for (const scheme of ['light', 'dark'] as const) {
    describe(scheme, () => {
      const session = useBrowser(browserName, { colorScheme: scheme });

      it('passes axe-core’s WCAG 2.1 AA checks, and is screenshotted', async () => {
        routeOverlayFixtures(session());
        const page = await session().open(overlayUrl('static-article'));
        await page.resize(1100, 760);
        const card = await hoverMark(page, 'Sergei Ryabkov');
        expect(card.open).toBe(true);
        // The card fades in (unless the reader prefers reduced motion): check and shoot it once it is in.
        await page.evaluate(() =>
          Promise.all(
            document
              .querySelector('[data-backstory-ui]')!
              .shadowRoot!.getAnimations()
              .map((animation) => animation.finished),
          ),
        );
        expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(scheme === 'dark');
        const background = await page.evaluate(() => {
          const element = document.querySelector('[data-backstory-ui]')!.shadowRoot!.querySelector('.card')!;
          return getComputedStyle(element).backgroundColor;
        });
        expect(background).toBe(scheme === 'dark' ? 'rgb(23, 27, 34)' : 'rgb(255, 255, 255)');

        const result = await axeOnCard(page);
        expect(result.passes).toBeGreaterThan(20);
        expect(result.violations).toEqual([]);

        // Chromium's pictures go in the README; Firefox's are kept with the other test output.
        const dir = browserName === 'chromium' ? SCREENSHOTS : join(ROOT, 'e2e-output');
        await mkdir(dir, { recursive: true });
        const name = browserName === 'chromium' ? `card-${scheme}.png` : `card-${scheme}-firefox.png`;
        await page.screenshot(join(dir, name));
      });
    });
  }
});
