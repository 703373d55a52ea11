import { describe, expect, it } from 'vitest';
import { createEngine } from './index';
import { FIXTURE_NAMES } from './testing/names-fixture';
import type { PageDate } from './types';

const engine = createEngine(FIXTURE_NAMES);
const dated = (year: number, month: number, day: number): PageDate => ({ year, month, day, source: 'meta' });

const TALKS = [
  'Russia and US open security talks in Geneva',
  'GENEVA, Jan 10 (Reuters) - Deputy Foreign Minister Sergei Ryabkov and Deputy Secretary of State Wendy Sherman met at the US mission on Monday for the Strategic Stability Dialogue.',
  'Ryabkov said NATO must return to its 1997 origins and rule out attack missile systems at its borders with a minimum flight time. Sherman said the State Department would not accept that.',
  'The NATO-Russia Council meets in Brussels on Wednesday.',
].join('\n\n');

const surfaces = (text: string, options = {}) =>
  engine
    .analyzeText(text, options)
    .mentions.map((mention) => `${mention.entryId}: ${text.slice(mention.start, mention.end)}`);

describe('analyzeText: the verdict', () => {
  it('judges talks coverage "about", with readable reasons', () => {
    const result = engine.analyzeText(TALKS, { firstBlockIsHeadline: true });
    expect(result.verdict).toBe('about');
    expect(result.score).toBeGreaterThanOrEqual(60);
    expect(result.reasons).toContain('Ryabkov and Sherman named together');
    expect(result.reasons.some((reason) => /dateline 10 January|talks week/.test(reason))).toBe(true);
  });

  it('uses the publication date: the same text dated 2023 is not about the talks', () => {
    const result = engine.analyzeText(TALKS, { facts: { published: dated(2023, 3, 1) } });
    expect(result.verdict).not.toBe('about');
  });

  it('reports nothing on an unrelated page, even when it names Ryabkov', () => {
    const text = [
      'Local council approves new bus lanes',
      'The city council voted on Tuesday to add bus lanes on four streets. Residents asked about parking.',
      'Separately, a reader asked who Sergei Ryabkov is; he is a Russian diplomat.',
    ].join('\n\n');
    const result = engine.analyzeText(text, { facts: { published: dated(2022, 1, 11) } });
    expect(result.verdict).toBe('unrelated');
    expect(result.reasons.at(-1)).toMatch(/passing mention of Ryabkov/);
    expect(result.mentions).toEqual([]);
  });

  it('judges the run-up or aftermath "related"', () => {
    const text = [
      'Blinken and Lavrov meet in Geneva as tensions rise',
      'Antony Blinken and Sergey Lavrov met on Friday. The Lavrov-Blinken meeting lasted 90 minutes; Blinken said written answers would follow next week. Lavrov said NATO had to stop its expansion.',
    ].join('\n\n');
    const result = engine.analyzeText(text, { firstBlockIsHeadline: true, facts: { published: dated(2022, 1, 21) } });
    expect(result.verdict).toBe('related');
    const geneva = result.mentions.find((mention) => mention.entryId === 'geneva');
    expect(geneva?.why.rule).toBe('onPageJudged');
    expect(result.score).toBeGreaterThanOrEqual(25);
    expect(result.score).toBeLessThan(60);
  });

  it('calls a story about something else that recalls the talks in one paragraph unrelated', () => {
    const other = Array.from(
      { length: 9 },
      (_, i) =>
        `Paragraph ${i + 1} about the crisis in Kazakhstan: troops, prices, protests in Almaty and the new government.`,
    );
    const text = [
      'Kazakhstan: troops arrive in Almaty',
      ...other.slice(0, 4),
      'Separately, Sergei Ryabkov and Wendy Sherman meet in Geneva on Monday for the Strategic Stability Dialogue.',
      ...other.slice(4),
    ].join('\n\n');
    const result = engine.analyzeText(text, { firstBlockIsHeadline: true, facts: { published: dated(2022, 1, 8) } });
    expect(result.verdict).toBe('unrelated');
    expect(result.reasons.at(-1)).toMatch(/in passing/);
  });

  it('calls a page with only background names unrelated', () => {
    const result = engine.analyzeText('Putin and Biden spoke about NATO. NATO said Putin and Biden disagree.', {
      facts: { published: dated(2022, 1, 11) },
    });
    expect(result.verdict).toBe('unrelated');
    expect(result.reasons.at(-1)).toMatch(/only background names/);
  });
});

describe('analyzeText: ambiguous names', () => {
  it('accepts "Sherman" near "Wendy" or the title, with the rule explained', () => {
    const result = engine.analyzeText(TALKS, { firstBlockIsHeadline: true });
    const sherman = result.mentions.filter((mention) => mention.entryId === 'wendy-sherman');
    expect(sherman.map((mention) => TALKS.slice(mention.start, mention.end))).toEqual(['Wendy Sherman', 'Sherman']);
    expect(sherman[1]!.why.explain).toMatch(/Wendy Sherman only next to/);
    expect(sherman[1]!.why.rule).toBeDefined();
  });

  it('vetoes "Sherman" next to "tank", whatever else holds', () => {
    const text = `${TALKS}\n\nMuseums still show the Sherman tank from 1944.`;
    expect(surfaces(text).filter((line) => line.startsWith('wendy-sherman'))).toEqual([
      'wendy-sherman: Wendy Sherman',
      'wendy-sherman: Sherman',
    ]);
  });

  it('accepts "Sherman" far from her first name when Ryabkov is on the page (withEntries)', () => {
    const text = [
      'Ryabkov meets Sherman in Geneva',
      'Sergei Ryabkov and the Strategic Stability Dialogue: Ryabkov said the talks were hard. Ryabkov said NATO must return to its 1997 origins.',
      'Far below, after a long paragraph about the weather and the lake and the city, Sherman left without comment.',
    ].join('\n\n');
    const result = engine.analyzeText(text, { firstBlockIsHeadline: true, facts: { published: dated(2022, 1, 10) } });
    const rules = result.mentions
      .filter((mention) => mention.entryId === 'wendy-sherman')
      .map((mention) => mention.why.rule);
    expect(rules).toEqual(['withEntries', 'withEntries']);
  });

  it('does not read "Geneva Conventions" as the venue', () => {
    const text = `${TALKS}\n\nThe Geneva Conventions were not discussed.`;
    const conventionsAt = text.indexOf('Geneva Conventions');
    const result = engine.analyzeText(text, { firstBlockIsHeadline: true });
    const geneva = result.mentions.filter((mention) => mention.entryId === 'geneva');
    expect(geneva.map((mention) => text.slice(mention.start, mention.end))).toEqual(['Geneva', 'GENEVA']);
    expect(geneva.every((mention) => mention.start < conventionsAt)).toBe(true);
  });

  it('reads "1997" only in NATO context', () => {
    const text = `${TALKS}\n\nIn 1997 the Kyoto protocol was signed.\n\nMoscow wants the NATO line of 1997 back.`;
    const act = surfaces(text, { firstBlockIsHeadline: true }).filter((line) =>
      line.startsWith('nato-russia-founding-act-1997'),
    );
    expect(act).toEqual(['nato-russia-founding-act-1997: return to its 1997', 'nato-russia-founding-act-1997: 1997']);
  });
});
