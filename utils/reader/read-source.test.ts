// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { createEngine } from '../engine/index';
import { FIXTURE_NAMES } from '../engine/testing/names-fixture';
import { HEADLINE_BLOCK } from './annotate';
import { blockText } from './article-model';
import { readSource } from './read-source';

const engine = createEngine(FIXTURE_NAMES);
const URL_ = 'https://www.example-news.com/world/2022/01/10/geneva-talks';

const page = (headline: string, paragraphs: string[], date = '2022-01-10T18:00:00Z') => ({
  kind: 'page' as const,
  snapshot: {
    url: URL_,
    title: headline,
    lang: 'en',
    html: `<html lang="en"><head><title>${headline}</title><meta property="og:title" content="${headline}">
      <meta property="article:published_time" content="${date}"></head>
      <body><article><h1>${headline}</h1>${paragraphs.map((p) => `<p>${p}</p>`).join('')}</article></body></html>`,
  },
});

const TALKS = [
  'Sergei Ryabkov and Wendy Sherman met for eight hours at the US mission in Geneva on Monday, in the extraordinary session that opened a week of talks on security in Europe.',
  'Ryabkov said Moscow wanted NATO to give legally binding guarantees. Sherman said the proposals were non-starters, and Antony Blinken said he expected no breakthrough this week.',
  'The NATO-Russia Council meets on Wednesday. Sergey Lavrov has said Russia will not wait forever for answers, and Vladimir Putin has spoken twice to Joe Biden since December.',
];

describe('reading a page for the reader', () => {
  it('marks the article’s mentions in the blocks they are in, headline included', () => {
    const content = readSource(page('Ryabkov and Sherman meet in Geneva', TALKS), engine);
    expect(content.kind).toBe('article');
    if (content.kind !== 'article') return;
    expect(content.page.verdict).not.toBe('unrelated');
    const { article, annotation } = content;
    const headline = annotation.mentions.filter((mention) => mention.block === HEADLINE_BLOCK);
    expect(headline.map((mention) => mention.surface)).toEqual(['Ryabkov', 'Sherman', 'Geneva']);
    for (const mention of annotation.mentions) {
      const text = mention.block === HEADLINE_BLOCK ? article.title : blockText(article.blocks[mention.block]!);
      const [start, end] = mention.spans[0]!;
      expect(text.slice(start, end)).toBe(mention.surface);
    }
    const found = new Set(annotation.mentions.map((mention) => mention.entryId));
    expect([...found]).toEqual(
      expect.arrayContaining(['sergei-ryabkov', 'wendy-sherman', 'nato-russia-council', 'sergey-lavrov']),
    );
    expect(content.elsewhere.filter((id) => found.has(id))).toEqual([]);
  });

  it('marks nothing on a page that is not about the talks, as on the page itself', () => {
    const content = readSource(
      page(
        'A winter in Geneva',
        [
          'Geneva is cold in January. The lake freezes at its edges and the city’s cafés fill with people who came for the museums and stayed for the fondue and the long evenings by the fire.',
          'Vladimir Putin was mentioned once on the radio, between the weather and the traffic, and nobody in the café looked up from their plates or their newspapers.',
        ],
        '2019-01-10T08:00:00Z',
      ),
      engine,
    );
    expect(content.kind === 'article' && content.page.verdict).toBe('unrelated');
    expect(content.kind === 'article' && content.annotation.mentions).toEqual([]);
  });

  it('reports why there is no article, with the page’s address and title for the way back', () => {
    const source = page('World', []);
    expect(readSource(source, engine)).toEqual({
      kind: 'failure',
      reason: 'not-an-article',
      url: URL_,
      title: 'World',
    });
  });
});

describe('explaining a selection', () => {
  const explain = (text: string) => {
    const content = readSource({ kind: 'selection', text, url: URL_, title: '', lang: 'en' }, engine);
    return content.kind === 'selection' ? content.mentions.map((mention) => mention.entryId) : null;
  };

  it('finds names in a few words that alone are no coverage of the talks', () => {
    expect(explain('Putin spoke to Biden.')).toEqual(['vladimir-putin', 'joe-biden']);
    expect(explain('Лавров')).toEqual(['sergey-lavrov']);
  });

  it('counts an ambiguous name only with its context in the selection', () => {
    expect(explain('Sherman said nothing.')).toEqual([]);
    expect(explain('Sherman met Ryabkov.')).toEqual(['wendy-sherman', 'sergei-ryabkov']);
  });
});
