import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadPack } from './load-pack';
import { PackError } from './pack-error';

const fixture = (name: string) => join(__dirname, 'fixtures', name);

function problemsOf(name: string): string[] {
  try {
    loadPack(fixture(name));
  } catch (error) {
    expect(error).toBeInstanceOf(PackError);
    return (error as PackError).message.split('\n').slice(1);
  }
  throw new Error(`fixture ${name} unexpectedly passed validation`);
}

describe('loadPack on the valid fixture', () => {
  it('returns the typed pack, with schema defaults filled in', () => {
    const pack = loadPack(fixture('valid'));
    expect(pack.id).toBe('fixture-pack');
    expect(pack.entries.map((entry) => entry.id)).toEqual(['alpha-person', 'beta-place']);
    expect(pack.entries[0]!.aliases[2]!.ambiguous?.window).toBe(80);
    expect(pack.timeline.map((event) => event.id)).toEqual(['first-event', 'second-event']);
  });

  it('accepts an alias key shared by two entries when both declare it ambiguous with a rule', () => {
    const pack = loadPack(fixture('valid'));
    const shared = pack.entries.flatMap((entry) =>
      entry.aliases.filter((alias) => alias.text.toLowerCase() === 'shared'),
    );
    expect(shared).toHaveLength(2);
    expect(shared.every((alias) => alias.ambiguous)).toBe(true);
  });
});

describe('loadPack rejects broken packs, naming file, entry and field', () => {
  it.each([
    [
      'duplicate-id',
      [
        'entries/gamma-copy.json [alpha-person] id: duplicate id: entries/alpha-person.json already uses it',
        'entries/gamma-copy.json [alpha-person] id: must match the file name',
      ],
    ],
    ['unresolved-related', ['entries/alpha-person.json [alpha-person] related[1]: no entry has the id "nobody-here"']],
    ['unresolved-timeline-link', ['timeline.json [second-event] [1].entries[2]: no entry has the id "ghost-entry"']],
    [
      'unresolved-rule-entry',
      ['entries/beta-place.json [beta-place] aliases[1].ambiguous.withEntries[0]: no entry has the id "ghost-entry"'],
    ],
    [
      'alias-collision',
      [
        'entries/alpha-person.json [alpha-person] aliases[0].text: alias key "alpha person" is also used by beta-place',
        'entries/beta-place.json [beta-place] aliases[2].text: alias key "alpha person" is also used by alpha-person',
      ],
    ],
    [
      'duplicate-alias-in-entry',
      [
        'entries/alpha-person.json [alpha-person] aliases[3].text: alias key "alpha person" is listed twice in this entry',
      ],
    ],
    [
      'implausible-dates',
      [
        'entries/alpha-person.json [alpha-person] keyFacts[0].date: 1850-01-01 is before 1900',
        'entries/alpha-person.json [alpha-person] keyFacts[1].date: 2021-02-30 is not a calendar date',
        "entries/alpha-person.json [alpha-person] keyFacts[1].sources[0].date: 2030-01-01 is after the pack's asOf (2022-02-01)",
      ],
    ],
    [
      'since-then-after-as-of',
      ["entries/beta-place.json [beta-place] sinceThen.asOf: 2023-01 is after the pack's asOf (2022-02-01)"],
    ],
    ['http-source', ['entries/alpha-person.json [alpha-person] keyFacts[0].sources[0].url: must be an https URL']],
    ['missing-translation', ['entries/beta-place.json [beta-place] title.fr:']],
    [
      'unfolded-rule-word',
      ['entries/alpha-person.json [alpha-person] aliases[2].ambiguous.near[0]: "Alpha" is not folded: write "alpha"'],
    ],
    ['bad-reference-gap', ['entries/alpha-person.json [alpha-person] references[1].text: gaps must be written']],
    ['timeline-out-of-order', ['timeline.json [first-event] [1].date: 2021-12-01 comes before']],
    ['invalid-json', ['entries/beta-place.json (file): invalid JSON']],
  ])('%s', (name, expected) => {
    const problems = problemsOf(name);
    for (const line of expected)
      expect(
        problems.some((problem) => problem.includes(line)),
        `missing: ${line}\nin:\n${problems.join('\n')}`,
      ).toBe(true);
    expect(problems).toHaveLength(expected.length);
  });

  it('reports every problem at once, not just the first', () => {
    const problems = problemsOf('many-problems');
    expect(problems).toHaveLength(3);
    expect(problems.join('\n')).toContain(
      'entries/beta-place.json [beta-place] keyFacts[0].sources[0].url: must be an https URL',
    );
    expect(problems.join('\n')).toContain('entries/alpha-person.json [alpha-person] related[1]');
    expect(problems.join('\n')).toContain('timeline.json [first-event] [0].entries[0]');
  });

  it('exposes the problems as data on the error', () => {
    try {
      loadPack(fixture('unresolved-related'));
      expect.unreachable();
    } catch (error) {
      expect((error as PackError).problems).toEqual([
        {
          file: 'entries/alpha-person.json',
          entryId: 'alpha-person',
          path: 'related[1]',
          message: 'no entry has the id "nobody-here"',
        },
      ]);
    }
  });
});
