/**
 * A small, hand-written set of name records for the engine's tests (the real pack is tested with
 * its own data; these keep the engine's tests independent of its wording).
 */
import type { Alias, AmbiguityRule, NameRecord, ReferencePhrase } from '../../pack/schema';

const explain = (en: string) => ({ en });
const alias = (
  text: string,
  lang: Alias['lang'],
  form: Alias['form'] = 'variant',
  ambiguous?: AmbiguityRule,
): Alias => ({
  text,
  lang,
  form,
  ...(ambiguous ? { ambiguous } : {}),
});
const reference = (text: string, maxGapWords: number, why: string): ReferencePhrase => ({
  text,
  lang: 'en',
  maxGapWords,
  explain: explain(why),
});
const rule = (fields: Omit<AmbiguityRule, 'window' | 'explain'> & { window?: number }, why: string): AmbiguityRule => ({
  window: 80,
  ...fields,
  explain: explain(why),
});

export const FIXTURE_NAMES: NameRecord[] = [
  {
    id: 'sergei-ryabkov',
    kind: 'person',
    signal: 'core',
    references: [],
    aliases: [
      alias('Sergei Ryabkov', 'en', 'full'),
      alias('Ryabkov', 'en', 'short'),
      alias('Deputy Foreign Minister Sergei Ryabkov', 'en', 'title'),
      alias('Сергей Рябков', 'ru', 'full'),
      alias('Рябков', 'ru', 'short'),
      alias('Рябкова', 'ru', 'inflection'),
      alias('Сергій Рябков', 'uk', 'full'),
    ],
  },
  {
    id: 'wendy-sherman',
    kind: 'person',
    signal: 'core',
    references: [],
    aliases: [
      alias('Wendy Sherman', 'en', 'full'),
      alias('Deputy Secretary Sherman', 'en', 'title'),
      alias(
        'Sherman',
        'en',
        'short',
        rule(
          {
            near: ['Wendy', 'Deputy Secretary', 'State Department'],
            withEntries: ['sergei-ryabkov'],
            onPageJudged: 'about',
            unless: ['tank', 'General Sherman', 'Tecumseh'],
          },
          '“Sherman” is Wendy Sherman only next to her first name, her title, or Ryabkov',
        ),
      ),
      alias('Венди Шерман', 'ru', 'full'),
    ],
  },
  {
    id: 'nato',
    kind: 'organisation',
    signal: 'background',
    references: [],
    aliases: [alias('NATO', 'en', 'acronym'), alias('НАТО', 'ru', 'acronym'), alias('OTAN', 'fr', 'acronym')],
  },
  {
    id: 'nato-russia-council',
    kind: 'organisation',
    signal: 'supporting',
    references: [],
    aliases: [
      alias('NATO-Russia Council', 'en', 'full'),
      alias('Russia-NATO Council', 'en', 'variant'),
      alias('NRC', 'en', 'acronym'),
      alias('Совет Россия-НАТО', 'ru', 'full'),
    ],
  },
  {
    id: 'nato-russia-founding-act-1997',
    kind: 'document',
    signal: 'supporting',
    aliases: [
      alias('NATO-Russia Founding Act', 'en', 'full'),
      alias(
        '1997',
        'en',
        'short',
        rule(
          { near: ['NATO', 'Founding Act', 'НАТО'], unless: ['Kyoto'], window: 60 },
          '“1997” as NATO’s 1997 line with Russia',
        ),
      ),
    ],
    references: [
      reference('1997 origins', 0, 'Russia’s demand that NATO return to its 1997 positions'),
      reference('return to … 1997', 4, 'NATO’s 1997 positions'),
    ],
  },
  {
    id: 'intermediate-range-missiles',
    kind: 'concept',
    signal: 'supporting',
    aliases: [alias('intermediate-range missiles', 'en', 'full')],
    references: [
      reference('missile systems … minimum flight time', 6, 'Moscow’s demand about strike missiles near its borders'),
    ],
  },
  {
    id: 'geneva',
    kind: 'place',
    signal: 'supporting',
    references: [],
    aliases: [
      alias(
        'Geneva',
        'en',
        'full',
        rule(
          {
            withEntries: ['sergei-ryabkov', 'wendy-sherman'],
            onPageJudged: 'related',
            unless: ['Conventions', 'Convention', 'summit'],
            window: 40,
          },
          '“Geneva” as the venue of the talks',
        ),
      ),
      alias(
        'Женева',
        'ru',
        'full',
        rule(
          { withEntries: ['sergei-ryabkov'], onPageJudged: 'related', window: 40 },
          '“Женева” as the venue of the talks',
        ),
      ),
      alias(
        'Женеве',
        'ru',
        'inflection',
        rule(
          { withEntries: ['sergei-ryabkov'], onPageJudged: 'related', window: 40 },
          '“Женева” as the venue of the talks',
        ),
      ),
    ],
  },
  {
    id: 'vladimir-putin',
    kind: 'person',
    signal: 'background',
    references: [],
    aliases: [alias('Vladimir Putin', 'en', 'full'), alias('Putin', 'en', 'short'), alias('Путин', 'ru', 'short')],
  },
  {
    id: 'joe-biden',
    kind: 'person',
    signal: 'background',
    references: [],
    aliases: [alias('Joe Biden', 'en', 'full'), alias('Biden', 'en', 'short')],
  },
  {
    id: 'antony-blinken',
    kind: 'person',
    signal: 'supporting',
    references: [],
    aliases: [alias('Antony Blinken', 'en', 'full'), alias('Blinken', 'en', 'short')],
  },
  {
    id: 'sergey-lavrov',
    kind: 'person',
    signal: 'supporting',
    references: [],
    aliases: [alias('Sergey Lavrov', 'en', 'full'), alias('Lavrov', 'en', 'short'), alias('Лавров', 'ru', 'short')],
  },
  {
    id: 'geneva-ssd-session-2022-01-10',
    kind: 'event',
    signal: 'core',
    references: [],
    aliases: [alias('Strategic Stability Dialogue', 'en', 'full')],
  },
  {
    id: 'lavrov-blinken-meeting-2022-01-21',
    kind: 'event',
    signal: 'supporting',
    references: [],
    aliases: [alias('Lavrov-Blinken meeting', 'en', 'full')],
  },
  {
    id: 'putin-biden-video-call-2021-12-07',
    kind: 'event',
    signal: 'supporting',
    references: [],
    aliases: [
      alias('video call', 'en', 'short', rule({ near: ['Putin', 'Biden'] }, 'a video call between Putin and Biden')),
      alias('7 December', 'en', 'short', rule({ near: ['Putin', 'Biden'] }, 'the date of the Putin–Biden video call')),
    ],
  },
  {
    id: 'us-department-of-state',
    kind: 'organisation',
    signal: 'supporting',
    references: [],
    aliases: [alias('State Department', 'en', 'short'), alias('Госдеп', 'ru', 'short')],
  },
];
