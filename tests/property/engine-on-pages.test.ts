// @vitest-environment happy-dom
/**
 * Properties of the engine on generated pages (see `page-trees.ts`): it never throws, each mention's
 * range covers exactly its surface text, the same page gives the same analysis, and analysing leaves
 * the page byte-identical. 100 cases each (a few seconds).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../utils/engine/index';
import { analyzeDocument } from '../../utils/page/index';
import { loadPage, NAMES, pageBody } from './page-trees';

const engine = createEngine(NAMES);
const RUNS = { numRuns: 100 };
/** What the engine folds away: soft hyphens and zero-width characters. */
const invisible = (text: string) => text.replace(/[\u00ad\u200b-\u200d\u2060\ufeff]/g, '');

const summary = (result: ReturnType<typeof analyzeDocument>) => ({
  verdict: result.verdict,
  score: result.score,
  reasons: result.reasons,
  mentions: result.mentions.map((m) => [m.entryId, m.start, m.end, m.surface, m.zone]),
});

describe('the engine on generated pages', () => {
  it('never throws, and every mention’s range covers exactly its surface text', () => {
    let withMentions = 0;
    fc.assert(
      fc.property(pageBody, (page) => {
        loadPage(document, page);
        const result = analyzeDocument(document, engine, { firstLook: false });
        if (result.mentions.length > 0) withMentions++;
        for (const mention of result.mentions) {
          expect(mention.surface.trim().length).toBeGreaterThan(0);
          expect(invisible(mention.range().toString())).toBe(invisible(mention.surface));
        }
      }),
      RUNS,
    );
    // The generator must actually exercise mentions, or the property says nothing.
    expect(withMentions).toBeGreaterThan(20);
  });

  it('gives the same analysis of the same page every time', () => {
    fc.assert(
      fc.property(pageBody, (page) => {
        loadPage(document, page);
        const first = summary(analyzeDocument(document, engine));
        loadPage(document, page);
        expect(summary(analyzeDocument(document, engine))).toEqual(first);
      }),
      RUNS,
    );
  });

  it('leaves the page byte-identical', () => {
    fc.assert(
      fc.property(pageBody, (page) => {
        loadPage(document, page);
        const before = document.documentElement.outerHTML;
        const result = analyzeDocument(document, engine, { firstLook: false });
        for (const mention of result.mentions) mention.range();
        result.mentionAt(document.body, 0);
        expect(document.documentElement.outerHTML).toBe(before);
      }),
      RUNS,
    );
  });
});
