import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '@/utils/pack/schema';
import { CARD_LANGUAGE_CODES, languageOfTag, pickCardLanguage } from './card-language';

describe('the language of a card', () => {
  it('knows exactly the pack’s languages', () => {
    expect([...CARD_LANGUAGE_CODES].sort()).toEqual([...LANGUAGES].sort());
  });

  it('follows the page’s declared language, region subtags and case aside', () => {
    expect(pickCardLanguage('page', 'ru-RU', [])).toBe('ru');
    expect(pickCardLanguage('page', 'DE', ['en'])).toBe('de');
    expect(languageOfTag('uk_UA')).toBe('uk');
  });

  it('falls back to the language of most names found when the page does not say', () => {
    expect(pickCardLanguage('page', '', ['ru', 'en', 'ru'])).toBe('ru');
  });

  it('uses English for a page language the pack does not have', () => {
    expect(pickCardLanguage('page', 'pl', ['ru'])).toBe('en');
    expect(pickCardLanguage('page', null, [])).toBe('en');
  });

  it('lets the reader’s choice override the page', () => {
    expect(pickCardLanguage('fr', 'ru', ['ru'])).toBe('fr');
  });
});
