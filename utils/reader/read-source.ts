/**
 * From what the background kept to what the reader page shows. A page: parse its snapshot into an
 * inert document, judge the whole page as the content script does (same engine, same adapter),
 * extract the article, and mark it; entries the page mentions outside the extracted text are listed
 * too, so the margin never has fewer entries than the page. A selection: the names in it.
 */
import type { Engine } from '../engine/index';
import type { EngineMention, Verdict } from '../engine/types';
import { analyzeDocument } from '../page/index';
import { readMetadata } from '../page/metadata';
import { annotateArticle, type ArticleAnnotation } from './annotate';
import type { Article } from './article-model';
import { extractArticle, type ExtractFailure } from './extract';
import { parseSnapshot } from './inert-document';
import type { ReaderSource } from './reader-sources';
import { namesInSelection } from './selection-names';

export interface PageJudgement {
  verdict: Verdict;
  score: number;
  reasons: string[];
  /** Entry id → mentions on the whole page. */
  found: Record<string, number>;
}

export type ReaderContent =
  | {
      kind: 'article';
      article: Article;
      page: PageJudgement;
      annotation: ArticleAnnotation;
      /** Entries the page mentions outside the article's text (a caption or box Readability left out). */
      elsewhere: string[];
    }
  | { kind: 'failure'; reason: ExtractFailure; url: string; title: string }
  | { kind: 'selection'; text: string; url: string; lang: string; mentions: EngineMention[] };

export function readSource(source: ReaderSource, engine: Engine, parser?: DOMParser): ReaderContent {
  if (source.kind === 'selection') {
    return {
      kind: 'selection',
      text: source.text,
      url: source.url,
      lang: source.lang,
      mentions: namesInSelection(engine, source.text),
    };
  }
  const { snapshot } = source;
  const failure = (reason: ExtractFailure): ReaderContent => ({
    kind: 'failure',
    reason,
    url: snapshot.url,
    title: snapshot.title,
  });
  let doc: Document;
  try {
    doc = parseSnapshot(snapshot, parser);
  } catch {
    return failure('unreadable');
  }
  const metadata = readMetadata(doc);
  const analysis = analyzeDocument(doc, engine);
  const page: PageJudgement = {
    verdict: analysis.verdict,
    score: analysis.score,
    reasons: analysis.reasons,
    found: analysis.found,
  };
  // Readability rewrites the document it reads: it runs after everything else has read it.
  const extraction = extractArticle(doc, snapshot.url, snapshot.lang || metadata.lang);
  if (!extraction.ok) return failure(extraction.reason);
  const { article } = extraction;
  // On a page that is not about the talks nothing is marked, as on the page itself.
  const annotation: ArticleAnnotation =
    page.verdict === 'unrelated'
      ? { verdict: 'unrelated', mentions: [] }
      : annotateArticle(article, engine, {
          pageTitle: metadata.title,
          facts: { published: metadata.published, lang: article.lang || metadata.lang },
        });
  const marked = new Set(annotation.mentions.map((mention) => mention.entryId));
  const elsewhere = Object.keys(page.found).filter((id) => !marked.has(id));
  return { kind: 'article', article, page, annotation, elsewhere };
}
