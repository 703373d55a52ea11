import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { handleBackgroundCalls } from './handle';
import { callBackground } from './send';

describe('background calls', () => {
  beforeEach(() => fakeBrowser.reset());

  it('answers a call with its handler’s value', async () => {
    handleBackgroundCalls(handlersWith({ 'ui/ping': () => ({ version: '9.9.9' }) }));
    expect(await callBackground('ui/ping', undefined)).toEqual({ ok: true, value: { version: '9.9.9' } });
  });

  it('turns a handler’s exception into an error value', async () => {
    handleBackgroundCalls(
      handlersWith({
        'ui/get-page-report': () => {
          throw new Error('no such tab');
        },
      }),
    );
    expect(await callBackground('ui/get-page-report', { tabId: 4 })).toEqual({ ok: false, error: 'no such tab' });
  });

  it('ignores messages that are not calls of the contract', async () => {
    handleBackgroundCalls(handlersWith({}));
    const unrelated = await fakeBrowser.runtime.sendMessage({ hello: 'world' }).catch(() => 'no answer');
    expect(unrelated === undefined || unrelated === 'no answer').toBe(true);
  });
});

type AnyHandlers = Parameters<typeof handleBackgroundCalls>[0];
function handlersWith(some: Partial<AnyHandlers>): AnyHandlers {
  const missing = () => {
    throw new Error('not under test');
  };
  return {
    'content/page-report': missing,
    'content/get-card': missing,
    'content/show-in-timeline': missing,
    'ui/get-page-report': missing,
    'ui/ping': missing,
    'ui/annotate-once': missing,
    'ui/list-sites': missing,
    'ui/remove-site': missing,
    'ui/open-reader': missing,
    'ui/explain-selection': missing,
    ...some,
  };
}
