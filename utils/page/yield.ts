/** Ways to let the page run between slices of Backstory's work. */

/** Lets the page run: `scheduler.yield()` where available, else a macrotask. */
export function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return macrotask();
}

/** A plain task: behind whatever the page has queued. */
export const macrotask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));
