import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { isSamePage } from '../sites/same-page';

/**
 * Calls `moved` each time the document moves to another page without a load (a single-page app's
 * navigation), as long as `ctx` is valid. WXT's `wxt:locationchange` says more than that: it also
 * comes for a `#` link (the same page) and, where WXT follows the Navigation API, for a link that
 * leaves the page or starts a download, before either has happened. So the address is read again a
 * task later, and only a new page counts: a document that is being left goes with its script.
 */
export function onPageMove(ctx: Pick<ContentScriptContext, 'addEventListener'>, moved: () => void): void {
  let page = location.href;
  ctx.addEventListener(window, 'wxt:locationchange', () => {
    setTimeout(() => {
      if (isSamePage(location.href, page)) return;
      page = location.href;
      moved();
    }, 0);
  });
}
