import { describe, expect, it } from 'vitest';
import { buildCardView, pickKeyFacts } from './card-view';
import { FOUNDING_ACT, RYABKOV } from './testing/card-entries';

const ALL = ['en', 'ru', 'uk', 'de', 'fr'] as const;
const context = { languages: ALL, focus: '2022-01-09' };

describe('the card view the background sends', () => {
  it('picks the requested language where the pack has it, and English field by field where not', () => {
    const card = buildCardView(RYABKOV, 'ru', context);
    expect(card.lang).toBe('ru');
    expect(card.title).toEqual({ text: 'Сергей Рябков', lang: 'ru' });
    expect(card.role.lang).toBe('ru');
    expect(card.role.text).toContain('Заместитель министра');
    expect(card.whyItMatters).toEqual({ text: 'He set out Moscow’s demands at the 10 January session.', lang: 'en' });
    expect(card.keyFacts.find((fact) => fact.date === '2022-01-10')?.text.lang).toBe('ru');
  });

  it('uses English when the pack was not written in the requested language', () => {
    const card = buildCardView(RYABKOV, 'de', { languages: ['en', 'ru'], focus: null });
    expect(card.lang).toBe('en');
    expect(card.title.text).toBe('Sergei Ryabkov');
  });

  it('shows the three dated facts nearest the story, oldest first', () => {
    const card = buildCardView(RYABKOV, 'en', context);
    expect(card.keyFacts.map((fact) => fact.date)).toEqual(['2021-12-17', '2022-01-10', '2022-01-19']);
  });

  it('falls back to the pack’s order without a focus date, and adds undated facts only when dated ones are few', () => {
    expect(pickKeyFacts(RYABKOV.keyFacts, null).map((fact) => fact.date ?? null)).toEqual([
      '1960',
      '2021-12-17',
      '2022-01-10',
    ]);
    expect(pickKeyFacts(FOUNDING_ACT.keyFacts, null).map((fact) => fact.text.en)).toEqual(['Signed in Paris.']);
    const fewDated = [FOUNDING_ACT.keyFacts[0]!, RYABKOV.keyFacts[1]!];
    expect(pickKeyFacts(fewDated, '2022-01-10').map((fact) => fact.text.en)).toEqual([
      'Signed in Paris.',
      'An undated fact.',
    ]);
  });

  it('lists each source of the facts shown and of "since then" once', () => {
    const card = buildCardView(RYABKOV, 'en', context);
    expect(card.sources.map((source) => source.url)).toEqual([
      'https://example.org/mid',
      'https://example.org/valdai',
      'https://example.org/since',
    ]);
    expect(card.sinceThen).toEqual({
      asOf: '2026-03-07',
      text: { text: 'Still a deputy foreign minister.', lang: 'en' },
    });
  });

  it('has no "since then" where the pack has none', () => {
    expect(buildCardView(FOUNDING_ACT, 'en', context).sinceThen).toBeNull();
  });
});
