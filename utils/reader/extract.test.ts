// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { blockText } from './article-model';
import { extractArticle, MIN_ARTICLE_CHARS } from './extract';

const URL_ = 'https://www.example-news.com/world/2022/01/10/talks.html';
const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');
const paragraph = (n: number) =>
  `<p>Paragraph ${n} of the report: the delegations met for hours in Geneva and spoke afterwards about what ` +
  `each side had proposed, what it had refused and what it would take home to its capital for a decision.</p>`;

const ARTICLE = `<!doctype html><html lang="en-GB"><head><title>Talks end | Example News</title>
  <meta property="og:title" content="Talks end without a breakthrough">
  <meta property="og:site_name" content="Example News">
  <meta property="article:published_time" content="2022-01-10T19:05:00Z"></head>
  <body><nav><a href="/">Home</a><a href="/world">World</a></nav>
  <article><h1>Talks end without a breakthrough</h1><p class="byline">By Anna Whitfield</p>
  ${[1, 2, 3, 4, 5, 6].map(paragraph).join('')}</article>
  <footer><a href="/privacy">Privacy</a></footer></body></html>`;

describe('extracting the article', () => {
  it('keeps the headline, the site, the date, the language and the text', () => {
    const result = extractArticle(parse(ARTICLE), URL_, 'en');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const { article } = result;
    expect(article).toMatchObject({
      title: 'Talks end without a breakthrough',
      siteName: 'Example News',
      published: '2022-01-10T19:05:00Z',
      lang: 'en-GB',
      url: URL_,
    });
    const texts = article.blocks.map(blockText);
    expect(texts.filter((text) => text.startsWith('Paragraph'))).toHaveLength(6);
    expect(texts).not.toContain('Talks end without a breakthrough');
    expect(texts.join(' ')).not.toContain('Privacy');
  });

  it('refuses a front page of links: not an article', () => {
    const links = Array.from(
      { length: 30 },
      (_, i) => `<li><a href="/story-${i}">Story number ${i} in the news today</a></li>`,
    );
    const front = `<html><head><title>World news</title></head><body><h1>World</h1><ul>${links.join('')}</ul></body></html>`;
    expect(extractArticle(parse(front), URL_, 'en')).toEqual({ ok: false, reason: 'not-an-article' });
  });

  it('refuses an empty page and a page with only a teaser', () => {
    expect(extractArticle(parse('<html><head><title>Empty</title></head><body></body></html>'), URL_, 'en').ok).toBe(
      false,
    );
    const teaser = `<html><body><article><h1>Subscribe</h1><p>${'x'.repeat(MIN_ARTICLE_CHARS - 50)}</p></article></body></html>`;
    expect(extractArticle(parse(teaser), URL_, 'en')).toEqual({ ok: false, reason: 'not-an-article' });
  });

  it('answers with a reason, not an exception, when the document cannot be read', () => {
    const broken = { documentElement: null, querySelectorAll: () => [] } as unknown as Document;
    expect(extractArticle(broken, URL_, 'en')).toEqual({ ok: false, reason: 'unreadable' });
  });
});
