import { browser } from 'wxt/browser';

/** Every UI string comes from `public/_locales/<lang>/messages.json`; the keys are typed by `wxt prepare`. */
export type MessageKey = Parameters<typeof browser.i18n.getMessage>[0];

export function t(key: MessageKey, substitutions?: string | string[]): string {
  return browser.i18n.getMessage(key, substitutions) || key;
}
