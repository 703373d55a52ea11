import { describe, expect, it } from 'vitest';
import { BROWSERS, useBrowser } from './harness/vitest-browsers';
import type { TestPage } from './harness/types';

const ready = (options: TestPage) => options.waitFor(() => document.querySelector('#marking-title') !== null);

/** Puts a file into the import control the way a reader's file picker would. */
const importText = (options: TestPage, text: string) =>
  options.evaluate((content) => {
    const input = document.querySelector<HTMLInputElement>('input[data-action=import]')!;
    const files = new DataTransfer();
    files.items.add(new File([content], 'settings.json', { type: 'application/json' }));
    input.files = files.files;
    input.dispatchEvent(new Event('change', { bubbles: true }));
  }, text);

describe.each(BROWSERS)('%s: the options page', (browserName) => {
  const session = useBrowser(browserName);

  it('exports the settings and imports them back', async () => {
    const options = await session().openOptions();
    await ready(options);
    await options.evaluate(() =>
      document.querySelector<HTMLInputElement>('input[name=mark-mode][value=every]')!.click(),
    );
    await options.waitFor(() => document.querySelector('.options__status')?.textContent === 'Saved.');

    const exported = await options.evaluate(async () => {
      let href = '';
      const click = HTMLAnchorElement.prototype.click;
      HTMLAnchorElement.prototype.click = function () {
        href = this.href;
      };
      [...document.querySelectorAll('button')].find((b) => b.textContent === 'Export settings')!.click();
      HTMLAnchorElement.prototype.click = click;
      return (await fetch(href)).text();
    });
    expect(JSON.parse(exported)).toMatchObject({ format: 'backstory-settings', settings: { markMode: 'every' } });

    await options.evaluate(() =>
      document.querySelector<HTMLInputElement>('input[name=mark-mode][value=first]')!.click(),
    );
    await options.waitFor(
      () => document.querySelector<HTMLInputElement>('input[name=mark-mode][value=first]')!.checked,
    );
    await importText(options, exported);
    await options.waitFor(() => document.querySelector('.options__status')?.textContent === 'Settings imported.');
    expect(
      await options.evaluate(
        () => document.querySelector<HTMLInputElement>('input[name=mark-mode][value=every]')!.checked,
      ),
    ).toBe(true);
  });

  it('refuses a hostile settings file with a clear message and keeps the settings', async () => {
    const options = await session().openOptions();
    await ready(options);
    const before = await options.evaluate(
      () => document.querySelector<HTMLInputElement>('input[name=mark-mode]:checked')!.value,
    );
    await importText(
      options,
      '{"format":"backstory-settings","version":2,"settings":{"disabledSites":["<img src=x onerror=alert(1)>"]}}',
    );
    await options.waitFor(() => /cannot use/.test(document.querySelector('.options__status')?.textContent ?? ''));
    expect(
      await options.evaluate(() => document.querySelector<HTMLInputElement>('input[name=mark-mode]:checked')!.value),
    ).toBe(before);
    expect(await options.evaluate(() => document.querySelectorAll('img').length)).toBe(0);
  });
});
