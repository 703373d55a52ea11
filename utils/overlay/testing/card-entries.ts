/**
 * Small hand-written pack entries for the card's tests (the real pack is tested with its own data;
 * these keep the card's tests independent of its wording).
 */
import type { Entry, Source } from '@/utils/pack/schema';

const source = (url: string, publisher: string, date: string | null = null): Source => ({ url, publisher, date });
const all = (en: string, ru: string) => ({ en, ru, uk: en, de: en, fr: en });

export const RYABKOV: Entry = {
  id: 'sergei-ryabkov',
  kind: 'person',
  signal: 'core',
  title: all('Sergei Ryabkov', 'Сергей Рябков'),
  summary: all("Russia's Deputy Foreign Minister", 'Заместитель министра иностранных дел России'),
  roleAtTheTime: {
    en: "Russia's Deputy Foreign Minister; head of the Russian delegation in Geneva",
    ru: 'Заместитель министра иностранных дел России; глава российской делегации в Женеве',
  },
  whyItMatters: { en: 'He set out Moscow’s demands at the 10 January session.' },
  body: { en: 'Body.' },
  keyFacts: [
    { date: '1960', text: { en: 'Born in 1960.' }, sources: [source('https://example.org/bio', 'Bio')] },
    { text: { en: 'An undated fact.' }, sources: [source('https://example.org/undated', 'Undated')] },
    {
      date: '2022-01-10',
      text: { en: 'Led the Russian side in Geneva.', ru: 'Возглавлял российскую сторону в Женеве.' },
      sources: [source('https://example.org/mid', 'Russian MFA', '2022-01-10')],
    },
    {
      date: '2021-12-17',
      text: { en: 'Presented the draft treaties.' },
      sources: [source('https://example.org/mid', 'Russian MFA', '2022-01-10')],
    },
    {
      date: '2022-01-19',
      text: { en: 'Spoke at the Valdai Club.' },
      sources: [source('https://example.org/valdai', 'Valdai')],
    },
  ],
  sinceThen: {
    asOf: '2026-03-07',
    text: { en: 'Still a deputy foreign minister.' },
    sources: [source('https://example.org/since', 'RIA Novosti', '2026-03-01')],
  },
  disagreements: [],
  related: [],
  aliases: [{ text: 'Ryabkov', lang: 'en', form: 'short' }],
  references: [],
};

export const FOUNDING_ACT: Entry = {
  ...RYABKOV,
  id: 'nato-russia-founding-act-1997',
  kind: 'document',
  title: all('NATO-Russia Founding Act', 'Основополагающий акт Россия — НАТО'),
  roleAtTheTime: { en: 'The 1997 act Moscow cited' },
  whyItMatters: { en: 'The “1997 positions” refer to it.' },
  keyFacts: [
    { date: '1997-05-27', text: { en: 'Signed in Paris.' }, sources: [source('https://example.org/nato', 'NATO')] },
  ],
  sinceThen: null,
  aliases: [{ text: 'Founding Act', lang: 'en', form: 'short' }],
};
