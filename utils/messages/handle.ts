import { browser, type Browser } from 'wxt/browser';
import { isEnvelope, type BackgroundCalls, type CallName, type Result } from './contract';

export type Handlers = {
  [N in CallName]: (
    payload: BackgroundCalls[N]['request'],
    sender: Browser.runtime.MessageSender,
  ) => BackgroundCalls[N]['response'] | Promise<BackgroundCalls[N]['response']>;
};

/** Answers the contract's calls in the background; a handler that throws answers with an error value. */
export function handleBackgroundCalls(handlers: Handlers): () => void {
  const listener = (message: unknown, sender: Browser.runtime.MessageSender) => {
    if (!isEnvelope(message) || !(message.backstory in handlers)) return undefined;
    const handler = handlers[message.backstory] as (p: unknown, s: typeof sender) => unknown;
    return Promise.resolve()
      .then(() => handler(message.payload, sender))
      .then(
        (value): Result<unknown> => ({ ok: true, value }),
        (error: unknown): Result<unknown> => ({
          ok: false,
          error: error instanceof Error ? error.message : String(error),
        }),
      );
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}
