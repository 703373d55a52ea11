import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, onTestFailed } from 'vitest';
import { ROOT, startSession, type SessionOptions } from './session';
import type { BrowserName, BrowserSession } from './types';

export const BROWSERS: BrowserName[] = ['chromium', 'firefox'];
const FAILURES = join(ROOT, 'e2e-output', 'failures');

/**
 * Inside a `describe`: one browser session for the block, closed after it. Each failing test leaves a
 * screenshot of every open page in `e2e-output/failures/`.
 */
export function useBrowser(name: BrowserName, options?: SessionOptions): () => BrowserSession {
  let session: BrowserSession | undefined;
  beforeAll(async () => {
    session = await startSession(name, options);
  });
  afterAll(async () => {
    await session?.close();
  });
  return () => {
    if (!session) throw new Error(`${name} did not start`);
    const current = session;
    onTestFailed(async ({ task }) => {
      mkdirSync(FAILURES, { recursive: true });
      const slug = `${name}-${task.name}`.replace(/[^a-z0-9]+/gi, '-').slice(0, 80);
      await Promise.all(
        current.pages().map((page, i) => page.screenshot(join(FAILURES, `${slug}-${i}.png`)).catch(() => undefined)),
      );
    });
    return current;
  };
}

/** Polls `read` until `accept` holds, then returns the value; the last value is in the error otherwise. */
export async function eventually<T>(
  read: () => Promise<T>,
  accept: (value: T) => boolean,
  timeoutMs = 10_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: T | undefined;
  while (Date.now() < deadline) {
    last = await read();
    if (accept(last)) return last;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`timed out; last value: ${JSON.stringify(last)}`);
}
