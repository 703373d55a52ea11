import type { Entry, EntryKind, Pack } from '@/utils/pack/schema';

const SOURCE = { url: 'https://www.example.org/source', publisher: 'Example', date: '2022-01-10' };
const everywhere = (text: string) => ({ en: text, ru: text, uk: text, de: text, fr: text });

/** A small pack for the popup's tests, shaped like the real one. */
export function fixtureEntry(id: string, kind: EntryKind, title: string, aliases: [string, 'en' | 'ru'][]): Entry {
  return {
    id,
    kind,
    signal: 'core',
    title: everywhere(title),
    summary: everywhere(`${title}, in one line`),
    roleAtTheTime: { en: 'A role' },
    whyItMatters: { en: 'Why it matters' },
    body: { en: 'Body' },
    keyFacts: [{ date: '2022-01-10', text: { en: 'A fact' }, sources: [SOURCE] }],
    sinceThen: null,
    disagreements: [],
    related: [],
    aliases: aliases.map(([text, lang]) => ({ text, lang, form: 'full' as const })),
    references: [],
  };
}

export const FIXTURE_PACK: Pack = {
  id: 'fixture',
  title: everywhere('Fixture pack'),
  version: '1.0.0',
  asOf: '2026-01-01',
  languages: ['en', 'ru', 'uk', 'de', 'fr'],
  licence: 'CC BY 4.0',
  entries: [
    fixtureEntry('sergei-ryabkov', 'person', 'Sergei Ryabkov', [
      ['Sergei Ryabkov', 'en'],
      ['Рябков', 'ru'],
      ['Рябкова', 'ru'],
    ]),
    fixtureEntry('wendy-sherman', 'person', 'Wendy Sherman', [['Wendy Sherman', 'en']]),
    fixtureEntry('nato', 'organisation', 'NATO', [
      ['NATO', 'en'],
      ['НАТО', 'ru'],
    ]),
    fixtureEntry('geneva-ssd-session-2022-01-10', 'event', 'The Geneva talks', [['Geneva talks', 'en']]),
  ],
  timeline: [
    {
      id: 'talks',
      date: '2022-01-10',
      phase: 'talks',
      title: { en: 'Talks in Geneva' },
      entries: ['geneva-ssd-session-2022-01-10', 'sergei-ryabkov'],
      sources: [SOURCE],
    },
    {
      id: 'nato-founded',
      date: '1949-04-04',
      phase: 'background',
      title: { en: 'NATO founded' },
      entries: ['nato'],
      sources: [SOURCE],
    },
  ],
};
