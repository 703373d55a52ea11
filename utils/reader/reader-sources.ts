/**
 * What a reader tab shows: a page's snapshot, or a selection to explain. Kept in
 * `browser.storage.session` (memory only, gone when the browser closes: nothing of a page's text is
 * ever written to disk) under a random id that the reader tab carries in its address. Only the last
 * few are kept.
 */
import { storage } from 'wxt/utils/storage';
import type { PageSnapshot } from './snapshot';

export type ReaderSource =
  | { kind: 'page'; snapshot: PageSnapshot }
  | { kind: 'selection'; text: string; url: string; title: string; lang: string };

const KEPT = 4;
const INDEX_KEY = 'session:reader-sources' as const;
const keyOf = (id: string) => `session:reader-source-${id}` as const;
const ID = /^[0-9a-f-]{36}$/;

export async function storeReaderSource(source: ReaderSource): Promise<string> {
  const id = crypto.randomUUID();
  const kept = (await storage.getItem<string[]>(INDEX_KEY)) ?? [];
  const dropped = kept.slice(0, Math.max(0, kept.length - (KEPT - 1)));
  await storage.setItem(keyOf(id), source);
  await storage.setItem(INDEX_KEY, [...kept.slice(dropped.length), id]);
  if (dropped.length > 0) await storage.removeItems(dropped.map(keyOf));
  return id;
}

/** The source behind `id`; null when there is none (never stored, or the browser was closed since). */
export async function loadReaderSource(id: string | null): Promise<ReaderSource | null> {
  if (!id || !ID.test(id)) return null;
  const value = await storage.getItem<unknown>(keyOf(id));
  return isReaderSource(value) ? value : null;
}

const isString = (value: unknown): value is string => typeof value === 'string';

export function isPageSnapshot(value: unknown): value is PageSnapshot {
  const snapshot = value as Partial<PageSnapshot> | null;
  return (
    typeof snapshot === 'object' &&
    snapshot !== null &&
    isString(snapshot.html) &&
    isString(snapshot.url) &&
    isString(snapshot.title) &&
    isString(snapshot.lang)
  );
}

function isReaderSource(value: unknown): value is ReaderSource {
  if (typeof value !== 'object' || value === null) return false;
  const source = value as Record<string, unknown>;
  if (source.kind === 'page') return isPageSnapshot(source.snapshot);
  return source.kind === 'selection' && [source.text, source.url, source.title, source.lang].every(isString);
}
