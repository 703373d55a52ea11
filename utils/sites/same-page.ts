/**
 * Whether two addresses are the same page: they differ at most after the `#`. Following a table of
 * contents or a live-blog post's permalink changes the address but not the page, and must not wipe
 * the marks, close a card or clear the badge as a single-page navigation does.
 */
export function isSamePage(a: string | URL, b: string | URL): boolean {
  const page = (url: string | URL) => {
    try {
      const parsed = new URL(url);
      parsed.hash = '';
      return parsed.href;
    } catch {
      return String(url);
    }
  };
  return page(a) === page(b);
}
