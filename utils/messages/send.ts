import { browser } from 'wxt/browser';
import type { BackgroundCalls, CallName, Envelope, Result } from './contract';

/** Calls the background; a closed or reloaded extension becomes an error value, not a throw. */
export async function callBackground<N extends CallName>(
  name: N,
  payload: BackgroundCalls[N]['request'],
): Promise<Result<BackgroundCalls[N]['response']>> {
  const envelope: Envelope<N> = { backstory: name, payload };
  try {
    const reply = (await browser.runtime.sendMessage(envelope)) as Result<BackgroundCalls[N]['response']> | undefined;
    return reply ?? { ok: false, error: `no handler answered ${name}` };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}
