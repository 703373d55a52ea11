/**
 * Backstory's one element on the page: a `<backstory-ui>` host with an open shadow root holding the
 * card and its live region, created with WXT's `createShadowRootUi` the first time a card opens and
 * appended as the last child of `<html>`, outside the page's body and article. It carries
 * `data-backstory-ui`, so the page adapter never reads inside it and the mutation follower ignores
 * it. A page that removes unknown elements may take it out; it goes back in the next time it is
 * needed. WXT removes it when the content script's context is invalidated.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { OWN_UI_ATTRIBUTE } from '../page/element-info';

export interface UiHost {
  host: HTMLElement;
  /** Where the UI renders, inside the shadow root. */
  container: HTMLElement;
  /** Puts the host back on the page if the page removed it. */
  ensureAttached(): void;
  remove(): void;
}

export const UI_TAG = 'backstory-ui';

/** Whether `node` is, or is inside, Backstory's UI (this copy's or a stale one). */
export function isOwnNode(node: Node): boolean {
  const element = node.nodeType === 1 ? (node as Element) : node.parentElement;
  return element?.closest(`[${OWN_UI_ATTRIBUTE}]`) != null;
}

/** Removes hosts left by an earlier copy of the script that could not clean up (Firefox unloads a disabled add-on's scripts). */
export function removeStaleHosts(doc: Document): void {
  for (const stale of doc.querySelectorAll(`${UI_TAG}[${OWN_UI_ATTRIBUTE}]`)) stale.remove();
}

export async function createUiHost(ctx: ContentScriptContext, css: string): Promise<UiHost> {
  const ui = await createShadowRootUi(ctx, {
    name: UI_TAG,
    position: 'inline',
    anchor: () => document.documentElement,
    append: 'last',
    css,
    mode: 'open',
    // Keys typed inside the card stay inside it: the page's shortcuts do not fire.
    isolateEvents: true,
    onMount: () => undefined,
  });
  ui.shadowHost.setAttribute(OWN_UI_ATTRIBUTE, '');
  ui.mount();
  return {
    host: ui.shadowHost,
    container: ui.uiContainer,
    ensureAttached() {
      if (!ui.shadowHost.isConnected && !ctx.isInvalid) ui.mount();
    },
    remove: () => ui.remove(),
  };
}
