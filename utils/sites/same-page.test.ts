import { describe, expect, it } from 'vitest';
import { isSamePage } from './same-page';

describe('isSamePage', () => {
  it('treats a change after the # as the same page', () => {
    expect(isSamePage('https://www.dw.com/en/talks/a-1#live-post-3', 'https://www.dw.com/en/talks/a-1')).toBe(true);
    expect(isSamePage(new URL('https://dw.com/a#x'), new URL('https://dw.com/a#'))).toBe(true);
  });

  it('treats another path, query or host as another page', () => {
    expect(isSamePage('https://dw.com/a', 'https://dw.com/b')).toBe(false);
    expect(isSamePage('https://dw.com/a?page=2', 'https://dw.com/a?page=3#top')).toBe(false);
    expect(isSamePage('https://dw.com/a', 'https://www.dw.com/a')).toBe(false);
  });

  it('compares what is not an address as it is, without throwing', () => {
    expect(isSamePage('not a url', 'not a url')).toBe(true);
    expect(isSamePage('not a url', 'https://dw.com/')).toBe(false);
  });
});
