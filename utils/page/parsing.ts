/** Where the HTML parser is: for the content script, which starts with the document (`document_start`). */
import { yieldToPage } from './yield';

/**
 * Resolves once the parser is past the head (the body exists) or done: the title and the description
 * can be read then, while the body may still be on its way. At once if it already is.
 */
export function headParsed(document: Document): Promise<void> {
  if (document.body || document.readyState !== 'loading') return Promise.resolve();
  return new Promise((resolve) => {
    const done = () => {
      observer.disconnect();
      document.removeEventListener('DOMContentLoaded', done);
      resolve();
    };
    // Until the body appears there is only the head to observe: a few dozen nodes.
    const observer = new MutationObserver(() => {
      if (document.body) done();
    });
    observer.observe(document, { childList: true, subtree: true });
    // A document without a body (a frameset, an XML page) is parsed all the same.
    document.addEventListener('DOMContentLoaded', done);
  });
}

/**
 * Resolves once the document is parsed (at once if it already is), in a task of its own: the page's
 * DOMContentLoaded handlers run first and undelayed.
 */
export function documentParsed(document: Document): Promise<void> {
  if (document.readyState !== 'loading') return Promise.resolve();
  return new Promise((resolve) =>
    document.addEventListener('DOMContentLoaded', () => void yieldToPage().then(resolve), { once: true }),
  );
}
