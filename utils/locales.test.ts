import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const LOCALES_DIR = join(__dirname, '..', 'public', '_locales');
const read = (locale: string) =>
  JSON.parse(readFileSync(join(LOCALES_DIR, locale, 'messages.json'), 'utf8')) as Record<
    string,
    { message: string; placeholders?: Record<string, unknown> }
  >;

describe('UI strings', () => {
  const english = read('en');
  const locales = readdirSync(LOCALES_DIR);

  it('are available in English and Russian at least', () => {
    expect(locales).toEqual(expect.arrayContaining(['en', 'ru']));
  });

  it.each(locales.filter((l) => l !== 'en'))('%s has every English key, and no other', (locale) => {
    const other = read(locale);
    expect(Object.keys(other).sort()).toEqual(Object.keys(english).sort());
  });

  it.each(locales)('%s has no empty message and the same placeholders as English', (locale) => {
    for (const [key, entry] of Object.entries(read(locale))) {
      expect(entry.message.trim(), key).not.toBe('');
      expect(Object.keys(entry.placeholders ?? {}), key).toEqual(Object.keys(english[key]?.placeholders ?? {}));
    }
  });
});
