import { describe, expect, it } from 'vitest';
import { isBuiltInSite, originPatterns } from './added-sites';

describe('added sites', () => {
  it('asks for one host over https and http, nothing wider', () => {
    expect(originPatterns('www.example-news.org')).toEqual([
      'https://www.example-news.org/*',
      'http://www.example-news.org/*',
    ]);
  });

  it('tells built-in news sites (and their subdomains) from others', () => {
    expect(isBuiltInSite('www.reuters.com')).toBe(true);
    expect(isBuiltInSite('edition.cnn.com')).toBe(true);
    expect(isBuiltInSite('notreuters.com')).toBe(false);
    expect(isBuiltInSite('example-news.org')).toBe(false);
  });
});
