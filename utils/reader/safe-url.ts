/**
 * The only addresses the reader keeps from a page: absolute http(s), without credentials, of a sane
 * length. Everything else (`javascript:`, `data:`, `vbscript:`, `blob:`, `file:`, extension pages,
 * malformed or relative addresses without a base) is dropped.
 */

const MAX_URL_LENGTH = 2048;

export function safeHttpUrl(raw: string | null | undefined, base: string): string | null {
  // The URL parser itself drops tabs and line breaks inside ("java\tscript:" is "javascript:").
  const value = (raw ?? '').trim();
  if (value === '' || value.length > MAX_URL_LENGTH) return null;
  let url: URL;
  try {
    url = base ? new URL(value, base) : new URL(value);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  url.username = '';
  url.password = '';
  return url.href.length > MAX_URL_LENGTH ? null : url.href;
}
