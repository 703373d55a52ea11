/**
 * What the page says about itself outside its visible text: title, description, language and the
 * publication date (article:published_time, JSON-LD datePublished, <time datetime>, Dublin Core and
 * friends, or a date in its address). A handful of `querySelector` calls: cheap, read-only.
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

const DATE_META = [
  'meta[property="article:published_time"]',
  'meta[name="article:published_time"]',
  'meta[itemprop="datePublished"]',
  'meta[property="og:published_time"]',
  'meta[name="pubdate"]',
  'meta[name="publishdate"]',
  'meta[name="publish-date"]',
  'meta[name="date"]',
  'meta[name="dc.date"]',
  'meta[name="DC.date"]',
  'meta[name="DC.date.issued"]',
  'meta[name="dcterms.created"]',
  'meta[name="dcterms.date"]',
  'meta[name="sailthru.date"]',
  'meta[name="parsely-pub-date"]',
  'meta[property="article:modified_time"]',
].join(', ');

function content(document: Document, selector: string): string {
  return document.querySelector(selector)?.getAttribute('content')?.trim() ?? '';
}

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

function jsonLdDate(document: Document): PageDate | null {
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      const found = findDatePublished(JSON.parse(script.textContent ?? ''));
      const date = found ? dateFromString(found, 'json-ld') : null;
      if (date) return date;
    } catch {
      // A broken JSON-LD block is the page's problem; try the next source.
    }
  }
  return null;
}

function metaDate(document: Document): PageDate | null {
  // Order of trust: the published-time meta tags in the order listed, not in document order.
  for (const selector of DATE_META.split(', ')) {
    const value = content(document, selector);
    const date = value ? dateFromString(value, 'meta') : null;
    if (date) return date;
  }
  return null;
}

function timeDate(document: Document): PageDate | null {
  const time =
    document.querySelector('time[itemprop="datePublished"], time[pubdate], article time[datetime], header time[datetime]') ??
    document.querySelector('time[datetime]');
  const value = time?.getAttribute('datetime');
  return value ? dateFromString(value, 'time') : null;
}

export function readMetadata(document: Document): PageMetadata {
  const url =
    document.querySelector('link[rel="canonical"]')?.getAttribute('href') ??
    content(document, 'meta[property="og:url"]') ??
    '';
  const title = document.title?.trim() || content(document, 'meta[property="og:title"]');
  const description = content(document, 'meta[name="description"]') || content(document, 'meta[property="og:description"]');
  const published =
    metaDate(document) ?? jsonLdDate(document) ?? timeDate(document) ?? (url ? dateFromUrl(url) : null) ?? dateFromUrl(document.URL ?? '');
  return { title, description, lang: document.documentElement?.getAttribute('lang') ?? '', published, url: url || document.URL || '' };
}
