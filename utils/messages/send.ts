import { browser } from 'wxt/browser';
import type { BackgroundCalls, Calls, ContentCalls, Envelope, Result, UiCalls } from './contract';

async function deliver<C extends Calls<C>, N extends keyof C & string>(
  name: N,
  send: (envelope: Envelope<C, N>) => Promise<unknown>,
  payload: C[N]['request'],
): Promise<Result<C[N]['response']>> {
  try {
    const reply = (await send({ backstory: name, payload })) as Result<C[N]['response']> | undefined;
    return reply ?? { ok: false, error: `no handler answered ${name}` };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}

/** Calls the background; a closed or reloaded extension becomes an error value, not a throw. */
export function callBackground<N extends keyof BackgroundCalls & string>(
  name: N,
  payload: BackgroundCalls[N]['request'],
): Promise<Result<BackgroundCalls[N]['response']>> {
  return deliver<BackgroundCalls, N>(name, (envelope) => browser.runtime.sendMessage(envelope), payload);
}

/** Calls the content script in a tab's top frame; a tab without one becomes an error value. */
export function callTab<N extends keyof ContentCalls & string>(
  tabId: number,
  name: N,
  payload: ContentCalls[N]['request'],
): Promise<Result<ContentCalls[N]['response']>> {
  return deliver<ContentCalls, N>(
    name,
    (envelope) => browser.tabs.sendMessage(tabId, envelope, { frameId: 0 }),
    payload,
  );
}

/** Tells open extension pages something; it is fine for none to be open. */
export async function tellUi<N extends keyof UiCalls & string>(name: N, payload: UiCalls[N]['request']): Promise<void> {
  await deliver<UiCalls, N>(name, (envelope) => browser.runtime.sendMessage(envelope), payload);
}
