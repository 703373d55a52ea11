/** Work that can wait for a quiet moment of the page (Backstory's own bookkeeping, batched reads). */

type IdleWindow = Window & {
  requestIdleCallback?: (callback: () => void, options?: { timeout: number }) => number;
  cancelIdleCallback?: (handle: number) => void;
};

/** Runs `callback` when the page is idle, or after `timeoutMs` at the latest; returns a cancel function. */
export function whenIdle(view: Window, callback: () => void, timeoutMs: number): () => void {
  const idle = view as IdleWindow;
  // Called on the window object: Firefox content scripts threw on an unbound requestIdleCallback.
  if (typeof idle.requestIdleCallback === 'function' && typeof idle.cancelIdleCallback === 'function') {
    const handle = idle.requestIdleCallback(callback, { timeout: timeoutMs });
    return () => idle.cancelIdleCallback!(handle);
  }
  const handle = setTimeout(callback, Math.min(timeoutMs, 50));
  return () => clearTimeout(handle);
}
