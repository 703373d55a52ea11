import { browser, type Browser } from 'wxt/browser';
import { isEnvelope, type BackgroundCalls, type Calls, type ContentCalls, type Result, type UiCalls } from './contract';

export type Handlers<C extends Calls<C>> = {
  [N in keyof C]: (
    payload: C[N]['request'],
    sender: Browser.runtime.MessageSender,
  ) => C[N]['response'] | Promise<C[N]['response']>;
};

/** Answers a set of the contract's calls; a handler that throws answers with an error value. */
function handleCalls<C extends Calls<C>>(handlers: Handlers<C>): () => void {
  const listener = (message: unknown, sender: Browser.runtime.MessageSender) => {
    if (!isEnvelope(message) || !Object.hasOwn(handlers, message.backstory)) return undefined;
    const handler = handlers[message.backstory as keyof C] as (p: unknown, s: typeof sender) => unknown;
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

/** In the background: the calls content scripts and extension pages make. */
export const handleBackgroundCalls = (handlers: Handlers<BackgroundCalls>) => handleCalls<BackgroundCalls>(handlers);

/** In a content script: the calls the popup and the background make to its tab. */
export const handleContentCalls = (handlers: Handlers<ContentCalls>) => handleCalls<ContentCalls>(handlers);

/** In an extension page: news from the background. */
export const handleUiCalls = (handlers: Handlers<UiCalls>) => handleCalls<UiCalls>(handlers);
