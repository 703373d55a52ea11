/**
 * What the page says about itself outside its visible text: title, description, language and the
 * publication date (article:published_time, JSON-LD datePublished, <time datetime>, Dublin Core and
 * friends, or a date in its address). One pass over the <head>'s children, and one `querySelector`
 * for a dated element in the body only when the head has no date: cheap and read-only.
 */
import { dateFromString, dateFromUrl } from '../engine/dates';
import type { PageDate } from '../engine/types';

export interface PageMetadata {
  title: string;
  description: string;
  lang: string;
  published: PageDate | null;
  url: string;
}

/** The title and the description as one text: what the analysis reads in the `title` zone. */
export function titleText(metadata: Pick<PageMetadata, 'title' | 'description'>): string {
  return [metadata.title, metadata.description].filter(Boolean).join('\n');
}

/** Date meta names, most trusted first. */
const DATE_KEYS = [
  'article:published_time',
  'datepublished',
  'og:published_time',
  'pubdate',
  'publishdate',
  'publish-date',
  'date',
  'dc.date',
  'dc.date.issued',
  'dcterms.created',
  'dcterms.date',
  'sailthru.date',
  'parsely-pub-date',
  'article:modified_time',
];

function findDatePublished(value: unknown, depth = 0): string | null {
  if (depth > 6 || value === null || typeof value !== 'object') return null;
  if (Array.isArray(value)) {
    for (const item of value) {
      const found = findDatePublished(item, depth + 1);
      if (found) return found;
    }
    return null;
  }
  const record = value as Record<string, unknown>;
  for (const key of ['datePublished', 'dateCreated', 'uploadDate']) {
    if (typeof record[key] === 'string') return record[key];
  }
  return findDatePublished(record['@graph'] ?? record['mainEntity'] ?? null, depth + 1);
}

function jsonLdDate(texts: readonly string[]): PageDate | null {
  for (const text of texts) {
    try {
      const found = findDatePublished(JSON.parse(text));
      const date = found ? dateFromString(found, 'json-ld') : null;
      if (date) return date;
    } catch {
      // A broken JSON-LD block is the page's problem; try the next source.
    }
  }
  return null;
}

interface HeadFacts {
  meta: Map<string, string>;
  canonical: string;
  jsonLd: string[];
}

function readHead(document: Document): HeadFacts {
  const meta = new Map<string, string>();
  const jsonLd: string[] = [];
  let canonical = '';
  const elements = document.head
    ? Array.from(document.head.children)
    : Array.from(document.querySelectorAll('meta, link, script'));
  for (const element of elements) {
    const tag = element.nodeName.toUpperCase();
    if (tag === 'META') {
      const key = (
        element.getAttribute('property') ??
        element.getAttribute('name') ??
        element.getAttribute('itemprop') ??
        ''
      ).toLowerCase();
      const content = element.getAttribute('content')?.trim();
      if (key && content && !meta.has(key)) meta.set(key, content);
    } else if (tag === 'LINK' && element.getAttribute('rel') === 'canonical') {
      canonical = element.getAttribute('href') ?? '';
    } else if (tag === 'SCRIPT' && element.getAttribute('type') === 'application/ld+json') {
      jsonLd.push(element.textContent ?? '');
    }
  }
  return { meta, canonical, jsonLd };
}

/** A date marked up in the body: `[itemprop=datePublished]` or the first `<time datetime>`. */
function bodyDate(document: Document): PageDate | null {
  const element = document.querySelector('[itemprop="datePublished"], time[datetime]');
  const value = element?.getAttribute('content') ?? element?.getAttribute('datetime');
  return value ? dateFromString(value, element?.nodeName.toUpperCase() === 'TIME' ? 'time' : 'meta') : null;
}

export function readMetadata(document: Document): PageMetadata {
  const { meta, canonical, jsonLd } = readHead(document);
  const url = canonical || meta.get('og:url') || '';
  let published: PageDate | null = null;
  for (const key of DATE_KEYS) {
    const value = meta.get(key);
    published = value ? dateFromString(value, 'meta') : null;
    if (published) break;
  }
  published ??=
    jsonLdDate(jsonLd) ?? bodyDate(document) ?? (url ? dateFromUrl(url) : null) ?? dateFromUrl(document.URL ?? '');
  return {
    title: document.title?.trim() || meta.get('og:title') || '',
    description: meta.get('description') ?? meta.get('og:description') ?? '',
    lang: document.documentElement?.getAttribute('lang') ?? '',
    published,
    url: url || document.URL || '',
  };
}
