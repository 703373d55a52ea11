// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { createEngine } from '../engine/index';
import { FIXTURE_NAMES } from '../engine/testing/names-fixture';
import { analyzeDocument } from './index';
import { FIRST_LOOK_CHARS, headMayMention, topOfPageMayMention } from './top-of-page';

const filler = (chars: number) => '<p>The council met to discuss the budget. </p>'.repeat(Math.ceil(chars / 40));

const PAGES: Record<string, { title: string; body: string }> = {
  'a title naming someone': { title: 'Ryabkov in Geneva', body: '<p>Talks began.</p>' },
  'a name in the first paragraph': {
    title: 'Talks',
    body: '<article><p>Sergei Ryabkov met Wendy Sherman.</p></article>',
  },
  'nothing from the talks': { title: 'Local news', body: `<article>${filler(3000)}</article>` },
  'a name only past the first stretch': {
    title: 'Local news',
    body: `<article>${filler(FIRST_LOOK_CHARS + 2000)}<p>Sergei Ryabkov</p></article>`,
  },
  'a name only in a script': { title: 'Local news', body: '<p>Rain.</p><script>var who = "Sergei Ryabkov";</script>' },
};

function load(title: string, body: string): Document {
  const doc = document.implementation.createHTMLDocument();
  // Set apart: happy-dom's createHTMLDocument ignores its title.
  doc.title = title;
  doc.body.innerHTML = body;
  return doc;
}

describe('the first look on its own', () => {
  for (const [name, { title, body }] of Object.entries(PAGES)) {
    it(`agrees with the full analysis's first look: ${name}`, async () => {
      // A fresh engine has no index yet, so its analysis judges the top of the page by the prefilter too.
      const engine = createEngine(FIXTURE_NAMES);
      const stopped = analyzeDocument(load(title, body), engine).stoppedEarly;
      const mayMention = await topOfPageMayMention(load(title, body), (folded) =>
        createEngine(FIXTURE_NAMES).mayMention(folded),
      );
      expect(mayMention).toBe(!stopped);
    });
  }

  it('finds a name at the top and none on a page without one', async () => {
    const engine = createEngine(FIXTURE_NAMES);
    const look = (page: keyof typeof PAGES) =>
      topOfPageMayMention(load(PAGES[page]!.title, PAGES[page]!.body), (folded) => engine.mayMention(folded));
    expect(await look('a name in the first paragraph')).toBe(true);
    expect(await look('nothing from the talks')).toBe(false);
    expect(await look('a name only past the first stretch')).toBe(false);
    expect(await look('a name only in a script')).toBe(false);
  });

  it('reads the head alone for the early guess: the title and the description', () => {
    const engine = createEngine(FIXTURE_NAMES);
    const mayMention = (folded: Parameters<typeof engine.mayMention>[0]) => engine.mayMention(folded);
    const titled = load('Sergei Ryabkov in Geneva', '<p>Talks began.</p>');
    expect(headMayMention(titled, mayMention)).toBe(true);
    const described = load('Talks', '');
    const description = described.createElement('meta');
    description.name = 'description';
    description.content = 'Wendy Sherman leads the American delegation';
    described.head.append(description);
    expect(headMayMention(described, mayMention)).toBe(true);
    // A name in the body is for the first look proper, once the body is parsed.
    expect(headMayMention(load('Talks', '<p>Sergei Ryabkov met Wendy Sherman.</p>'), mayMention)).toBe(false);
    expect(headMayMention(load('', '<p>Sergei Ryabkov</p>'), mayMention)).toBe(false);
  });
});
