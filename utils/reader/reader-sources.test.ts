import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { loadReaderSource, storeReaderSource, type ReaderSource } from './reader-sources';

const page = (n: number): ReaderSource => ({
  kind: 'page',
  snapshot: { html: `<p>page ${n}</p>`, url: `https://www.example-news.com/${n}`, title: `Page ${n}`, lang: 'en' },
});

describe('reader sources in session storage', () => {
  beforeEach(() => fakeBrowser.reset());

  it('keeps a source in session storage, never in local storage, under a random id', async () => {
    const id = await storeReaderSource(page(1));
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    expect(await loadReaderSource(id)).toEqual(page(1));
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
    expect(Object.keys(await fakeBrowser.storage.session.get(null))).toContain(`reader-source-${id}`);
  });

  it('keeps only the last four', async () => {
    const ids: string[] = [];
    for (let n = 1; n <= 6; n++) ids.push(await storeReaderSource(page(n)));
    const loaded = await Promise.all(ids.map((id) => loadReaderSource(id)));
    expect(loaded.map((source) => (source?.kind === 'page' ? source.snapshot.title : null))).toEqual([
      null,
      null,
      'Page 3',
      'Page 4',
      'Page 5',
      'Page 6',
    ]);
  });

  it('answers null for a missing id, a malformed id, or a malformed value', async () => {
    expect(await loadReaderSource(null)).toBeNull();
    expect(await loadReaderSource('../settings')).toBeNull();
    expect(await loadReaderSource('00000000-0000-4000-8000-000000000000')).toBeNull();
    const id = '11111111-1111-4111-8111-111111111111';
    await fakeBrowser.storage.session.set({ [`reader-source-${id}`]: { kind: 'page', snapshot: { html: 42 } } });
    expect(await loadReaderSource(id)).toBeNull();
  });
});
