import { describe, expect, it } from 'vitest';
import { MatchPattern } from 'wxt/utils/match-patterns';
import { NEWS_SITES, newsSiteMatches } from './news-sites';

describe('news sites', () => {
  it('lists at least 80 outlets, each once', () => {
    const domains = NEWS_SITES.map((site) => site.domain);
    expect(domains.length).toBeGreaterThanOrEqual(80);
    expect(new Set(domains).size).toBe(domains.length);
  });

  it('covers every pack language', () => {
    const langs = new Set(NEWS_SITES.map((site) => site.lang));
    for (const lang of ['en', 'ru', 'uk', 'de', 'fr']) expect(langs).toContain(lang);
  });

  it('matches each outlet and its subdomains over https only', () => {
    const patterns = newsSiteMatches().map((pattern) => new MatchPattern(pattern));
    const matches = (url: string) => patterns.some((pattern) => pattern.includes(url));
    expect(matches('https://www.reuters.com/world/europe/x')).toBe(true);
    expect(matches('https://reuters.com/')).toBe(true);
    expect(matches('https://ria.ru/20220110/x.html')).toBe(true);
    expect(matches('http://www.reuters.com/')).toBe(false);
    expect(matches('https://notreuters.com/')).toBe(false);
    expect(matches('https://example.org/')).toBe(false);
  });
});
