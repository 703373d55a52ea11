import { describe, expect, it } from 'vitest';
import { loadPack } from '@/utils/pack/load-pack';
import { entrySources } from '@/utils/pack/pack-walk';
import { ENTRY_KINDS, LANGUAGES, type Source } from '@/utils/pack/schema';

const pack = loadPack(__dirname);

/** The ids the engine, the UI and the corpus labels are written against. */
const AGREED_IDS = [
  'sergei-ryabkov', 'wendy-sherman', 'vladimir-putin', 'joe-biden', 'antony-blinken', 'sergey-lavrov', 'jens-stoltenberg', 'alexander-fomin',
  'valery-gerasimov', 'dmitry-peskov', 'karen-donfried', 'victoria-nuland', 'alexander-grushko', 'alexander-lukashevich', 'michael-carpenter',
  'zbigniew-rau', 'ned-price', 'jen-psaki', 'yuri-ushakov', 'maria-zakharova', 'jake-sullivan', 'john-sullivan', 'gennady-gatilov', 'james-mingus',
  'nato', 'nato-russia-council', 'osce', 'osce-permanent-council', 'ria-novosti', 'tass', 'us-department-of-state', 'russian-mfa', 'kremlin',
  'geneva', 'brussels', 'vienna', 'us-mission-geneva',
  'us-russia-strategic-stability-dialogue', 'geneva-working-dinner-2022-01-09', 'geneva-ssd-session-2022-01-10', 'nrc-meeting-2022-01-12',
  'osce-permanent-council-2022-01-13', 'putin-biden-video-call-2021-12-07', 'putin-biden-call-2021-12-30', 'lavrov-blinken-meeting-2022-01-21',
  'us-nato-written-responses-2022-01-26', 'russian-invasion-of-ukraine-2022-02-24', 'geneva-summit-2021-06-16', 'bucharest-summit-2008',
  'nato-foreign-ministers-meeting-2022-01-07',
  'nato-russia-founding-act-1997', 'russia-draft-security-treaties-2021-12-17', 'inf-treaty', 'new-start', 'north-atlantic-treaty',
  'red-lines', 'nato-enlargement', 'intermediate-range-missiles', 'interagency-delegations', 'freedom-to-choose-alliances',
];

function allSources(): Array<{ where: string; source: Source }> {
  return [
    ...pack.entries.flatMap((entry) => entrySources(entry).map(({ path, source }) => ({ where: `${entry.id} ${path.join('.')}`, source }))),
    ...pack.timeline.flatMap((event) => event.sources.map((source, i) => ({ where: `timeline ${event.id} sources.${i}`, source }))),
  ];
}

describe('the geneva-2022 pack', () => {
  it('validates and contains exactly the agreed entry ids', () => {
    expect(pack.id).toBe('geneva-2022');
    expect(pack.entries.map((entry) => entry.id).sort()).toEqual([...AGREED_IDS].sort());
  });

  it('has at least 50 entries, with every kind represented', () => {
    expect(pack.entries.length).toBeGreaterThanOrEqual(50);
    for (const kind of ENTRY_KINDS) expect(pack.entries.some((entry) => entry.kind === kind), kind).toBe(true);
  });

  it('has at least 25 timeline events from 1987 to February 2022, and later developments', () => {
    const inRange = pack.timeline.filter((event) => event.date >= '1987' && event.date <= '2022-02-28');
    expect(inRange.length).toBeGreaterThanOrEqual(25);
    expect(inRange[0]!.date.startsWith('1987')).toBe(true);
    expect(pack.timeline.some((event) => event.date > '2022-03')).toBe(true);
  });

  it('keeps the timeline in date order', () => {
    const dates = pack.timeline.map((event) => event.date);
    expect(dates).toEqual([...dates].sort());
  });

  it('links every entry from the timeline or from another entry', () => {
    const linked = new Set([...pack.timeline.flatMap((event) => event.entries), ...pack.entries.flatMap((entry) => entry.related)]);
    expect(pack.entries.map((entry) => entry.id).filter((id) => !linked.has(id))).toEqual([]);
  });

  it('cites every fact with a well-formed https URL and a publisher', () => {
    const sources = allSources();
    expect(sources.length).toBeGreaterThan(200);
    for (const { where, source } of sources) {
      const url = new URL(source.url);
      expect(url.protocol, where).toBe('https:');
      expect(url.hostname, where).toMatch(/^[a-z0-9-]+(\.[a-z0-9-]+)+$/i);
      expect(source.publisher.trim().length, where).toBeGreaterThan(1);
      if (source.date !== null) expect(source.date, where).toMatch(/^\d{4}(-\d{2}){0,2}$/);
    }
  });

  it('translates every title and summary: Cyrillic in ru and uk, and de and fr summaries differ from English', () => {
    const cyrillic = /[\u0400-\u04ff]/u;
    for (const entry of pack.entries) {
      for (const field of ['title', 'summary'] as const) {
        expect(entry[field].ru, `${entry.id} ${field}.ru`).toMatch(cyrillic);
        expect(entry[field].uk, `${entry.id} ${field}.uk`).toMatch(cyrillic);
      }
      expect(entry.summary.uk, `${entry.id} summary.uk`).not.toBe(entry.summary.ru);
      expect(entry.summary.de, `${entry.id} summary.de`).not.toBe(entry.summary.en);
      expect(entry.summary.fr, `${entry.id} summary.fr`).not.toBe(entry.summary.en);
    }
    expect(pack.languages).toEqual([...LANGUAGES]);
  });

  it('has names in every pack language', () => {
    for (const lang of LANGUAGES) {
      const count = pack.entries.reduce((sum, entry) => sum + entry.aliases.filter((alias) => alias.lang === lang).length, 0);
      expect(count, lang).toBeGreaterThan(60);
    }
  });

  it('says where sources disagree on the points FACTS.md lists as disputed', () => {
    const disagreementText = (id: string) => pack.entries.find((entry) => entry.id === id)!.disagreements.map((d) => d.text.en).join(' ');
    expect(disagreementText('wendy-sherman')).toMatch(/первый заместитель госсекретаря[\s\S]*Deputy Secretary of State|Deputy Secretary of State[\s\S]*первый заместитель госсекретаря/);
    expect(disagreementText('geneva-ssd-session-2022-01-10')).toMatch(/nearly eight hours[\s\S]*7\.5 hours/);
    expect(disagreementText('geneva-ssd-session-2022-01-10')).toMatch(/not what you would call a negotiation/);
    expect(disagreementText('putin-biden-video-call-2021-12-07')).toMatch(/red lines/);
    expect(disagreementText('nato-russia-council')).toMatch(/5 July 2019/);
    expect(disagreementText('bucharest-summit-2008')).toMatch(/Budapest/);
    expect(disagreementText('nato-russia-founding-act-1997')).toMatch(/overstate/);
    expect(disagreementText('russia-draft-security-treaties-2021-12-17')).toMatch(/8 articles[\s\S]*9/);
  });

  it('checked every "since then" no later than the pack as a whole', () => {
    for (const entry of pack.entries) {
      if (entry.sinceThen) expect(entry.sinceThen.asOf <= pack.asOf, entry.id).toBe(true);
    }
  });
});
