// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { documentParsed, headParsed } from './parsing';

/** A document as the content script meets it at `document_start`: still loading, the head alone so far. */
function parsingDocument(): Document {
  const doc = document.implementation.createHTMLDocument();
  doc.documentElement.removeChild(doc.body);
  Object.defineProperty(doc, 'readyState', { value: 'loading', configurable: true });
  return doc;
}

function finishParsing(doc: Document): void {
  Object.defineProperty(doc, 'readyState', { value: 'interactive', configurable: true });
  doc.dispatchEvent(new Event('DOMContentLoaded'));
}

/** Whether `promise` has settled once the tasks queued so far have run. */
async function settled(promise: Promise<unknown>): Promise<boolean> {
  let done = false;
  void promise.then(() => (done = true));
  await new Promise((resolve) => setTimeout(resolve, 0));
  return done;
}

describe('where the parser is', () => {
  it('knows the head is parsed once the body appears, before the document is', async () => {
    const doc = parsingDocument();
    const head = headParsed(doc);
    const parsed = documentParsed(doc);
    doc.head.append(doc.createElement('meta'));
    expect(await settled(head)).toBe(false);
    doc.documentElement.append(doc.createElement('body'));
    expect(await settled(head)).toBe(true);
    expect(await settled(parsed)).toBe(false);
    finishParsing(doc);
    expect(await settled(parsed)).toBe(true);
  });

  it('knows the head is parsed when a document without a body is done', async () => {
    const doc = parsingDocument();
    const head = headParsed(doc);
    doc.documentElement.append(doc.createElement('frameset'));
    expect(await settled(head)).toBe(false);
    finishParsing(doc);
    expect(await settled(head)).toBe(true);
  });

  it('answers at once for a document already parsed', async () => {
    const doc = document.implementation.createHTMLDocument();
    expect(await settled(headParsed(doc))).toBe(true);
    expect(await settled(documentParsed(doc))).toBe(true);
  });

  it('lets the page’s own DOMContentLoaded handlers run first, even those added later', async () => {
    const doc = parsingDocument();
    const order: string[] = [];
    const parsed = documentParsed(doc).then(() => order.push('backstory'));
    doc.addEventListener('DOMContentLoaded', () => order.push('page'));
    doc.documentElement.append(doc.createElement('body'));
    finishParsing(doc);
    await parsed;
    expect(order).toEqual(['page', 'backstory']);
  });
});
