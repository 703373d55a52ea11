/** The labelled corpus: `corpus/<lang>/<slug>.html` with `<slug>.expected.json` beside it. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const CORPUS_DIR = resolve(import.meta.dirname, '../../corpus');

export interface ExpectedPage {
  verdict: 'about' | 'related' | 'unrelated';
  note?: string;
  mentions: Array<{ entry: string; text: string }>;
}

export interface CorpusPage {
  lang: string;
  slug: string;
  html: string;
  expected: ExpectedPage | null;
  /** Why the expectation could not be read, if it could not. */
  problem?: string;
}

export function readCorpus(dir = CORPUS_DIR): CorpusPage[] {
  if (!existsSync(dir)) return [];
  const pages: CorpusPage[] = [];
  for (const lang of readdirSync(dir, { withFileTypes: true })
    .filter((item) => item.isDirectory())
    .map((item) => item.name)
    .sort()) {
    for (const file of readdirSync(join(dir, lang))
      .filter((name) => name.endsWith('.html'))
      .sort()) {
      const slug = file.slice(0, -'.html'.length);
      const html = readFileSync(join(dir, lang, file), 'utf8');
      const expectedPath = join(dir, lang, `${slug}.expected.json`);
      try {
        const expected = JSON.parse(readFileSync(expectedPath, 'utf8')) as ExpectedPage;
        pages.push({ lang, slug, html, expected: { ...expected, mentions: expected.mentions ?? [] } });
      } catch (error) {
        pages.push({
          lang,
          slug,
          html,
          expected: null,
          problem: `${slug}.expected.json: ${(error as Error).message.split('\n')[0]}`,
        });
      }
    }
  }
  return pages;
}
