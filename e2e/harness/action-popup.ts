/**
 * The popup the toolbar button opens is not a tab: neither protocol hands a test a page for it. The
 * extension's own pages can reach it (`extension.getViews({ type: 'popup' })`), so the harness reads and
 * drives it from one of them. A click made this way is not a user gesture: enough for "annotate once",
 * not for `permissions.request`.
 */

/** Source text that runs `fn` in an extension page with the open popup's document (null when closed). */
export function popupExpression<T, A>(fn: (popup: Document | null, arg: A) => T, arg: A | undefined): string {
  const argument = arg === undefined ? 'undefined' : JSON.stringify(arg);
  return `(() => {
    const api = globalThis.browser ?? globalThis.chrome;
    const view = api.extension.getViews({ type: 'popup' })[0];
    return (${fn.toString()})(view ? view.document : null, ${argument});
  })()`;
}

/** In an extension page: closes the toolbar popup if one is open, so the next click opens a fresh one. */
export function closePopups(): void {
  const api =
    (globalThis as unknown as { browser?: ViewsApi }).browser ?? (globalThis as unknown as { chrome: ViewsApi }).chrome;
  for (const view of api.extension.getViews({ type: 'popup' })) view.close();
}

/** In an extension page: whether the toolbar popup is open and has drawn its status. */
export function popupShown(): boolean {
  const api =
    (globalThis as unknown as { browser?: ViewsApi }).browser ?? (globalThis as unknown as { chrome: ViewsApi }).chrome;
  return api.extension
    .getViews({ type: 'popup' })
    .some((view) => view.document.querySelector('.popup__status') !== null);
}

interface ViewsApi {
  extension: { getViews(filter: { type: 'popup' }): Window[] };
}
