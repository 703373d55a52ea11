/**
 * The cheap first look at a page: its metadata, its first headline and the first few kilobytes of
 * its main content, folded and scanned without walking the rest of the page. If the engine says the
 * page is clearly unrelated, the caller stops there and touches nothing.
 */
import { FoldBuffer } from '../engine/fold';
import type { Engine, FirstLook } from '../engine/index';
import { META_BASE, type FoldedDocument, type ZoneSpan } from '../engine/types';
import type { PageMetadata } from './metadata';

/** How much of the main content the first look reads. */
export const FIRST_LOOK_CHARS = 6000;
const MAIN_GUESS = 'article, main, [itemprop="articleBody"], [role="main"]';
const NOT_TEXT = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA']);

export function firstLookAtPage(document: Document, engine: Engine, metadata: PageMetadata): FirstLook {
  const top = [metadata.title, metadata.description].filter(Boolean).join('\n');
  const headline = document.querySelector('h1')?.textContent?.slice(0, 600) ?? '';
  const root = document.querySelector(MAIN_GUESS) ?? document.body;
  const pieces: string[] = [];
  let length = 0;
  if (root) {
    const walker = document.createTreeWalker(root, 0x4 /* NodeFilter.SHOW_TEXT */);
    for (let node = walker.nextNode(); node && length < FIRST_LOOK_CHARS; node = walker.nextNode()) {
      const parent = node.parentNode as Element | null;
      if (parent && NOT_TEXT.has(parent.nodeName.toUpperCase())) continue;
      const data = (node as Text).data;
      pieces.push(data);
      length += data.length;
    }
  }
  const source = `${top}\n${headline}\n${pieces.join(' ')}`;
  const buffer = new FoldBuffer(source.length + 8);
  const zones: ZoneSpan[] = [{ start: 0, zone: 'title' }];
  buffer.append(source, META_BASE);
  const doc: FoldedDocument = { buffer, zones, sourceCodeAt: (index) => source.charCodeAt(index - META_BASE) };
  return engine.firstLook(doc, { published: metadata.published, lang: metadata.lang });
}
