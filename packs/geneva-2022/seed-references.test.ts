/**
 * Every reference in the seed article and the issue resolves to the entry a reader would expect, in
 * every pack language: by an alias key, by a reference phrase, or by the longest alias inside it.
 * Matching here is deliberately simple (folded text, whole words, gaps counted in words); the
 * engine has its own matcher, tested separately.
 */
import { describe, expect, it } from 'vitest';
import { normalizeKey } from '@/utils/engine/normalize';
import { loadPack } from '@/utils/pack/load-pack';
import { referencePieces } from '@/utils/pack/reference-phrase';

const pack = loadPack(__dirname);
const WORD = /[\p{L}\p{N}\p{M}]/u;

function isWordAt(text: string, index: number): boolean {
  return index >= 0 && index < text.length && WORD.test(text[index]!);
}

/** Start of `key` in `text` at or after `from`, on word boundaries; -1 if absent. */
function findWord(text: string, key: string, from = 0): number {
  for (let at = text.indexOf(key, from); at >= 0; at = text.indexOf(key, at + 1)) {
    const leftOk = !WORD.test(key[0]!) || !isWordAt(text, at - 1);
    const rightOk = !WORD.test(key[key.length - 1]!) || !isWordAt(text, at + key.length);
    if (leftOk && rightOk) return at;
  }
  return -1;
}

function wordCount(text: string): number {
  return text.split(/[^\p{L}\p{N}\p{M}]+/u).filter(Boolean).length;
}

function referenceMatches(text: string, pieces: string[], maxGapWords: number): boolean {
  for (let start = findWord(text, pieces[0]!); start >= 0; start = findWord(text, pieces[0]!, start + 1)) {
    let end = start + pieces[0]!.length;
    let ok = true;
    for (const piece of pieces.slice(1)) {
      const at = findWord(text, piece, end);
      if (at < 0 || wordCount(text.slice(end, at)) > maxGapWords) {
        ok = false;
        break;
      }
      end = at + piece.length;
    }
    if (ok) return true;
  }
  return false;
}

const aliasOwners = new Map<string, Set<string>>();
for (const entry of pack.entries) {
  for (const alias of entry.aliases) {
    const key = normalizeKey(alias.text);
    aliasOwners.set(key, (aliasOwners.get(key) ?? new Set()).add(entry.id));
  }
}

function resolve(phrase: string): { by: string; ids: string[] } {
  const text = normalizeKey(phrase);
  const exact = aliasOwners.get(text);
  if (exact) return { by: 'alias', ids: [...exact].sort() };
  const byReference = pack.entries
    .filter((entry) => entry.references.some((ref) => referenceMatches(text, referencePieces(ref.text), ref.maxGapWords)))
    .map((entry) => entry.id);
  if (byReference.length > 0) return { by: 'reference', ids: byReference.sort() };
  const contained = [...aliasOwners.keys()].filter((key) => findWord(text, key) >= 0).sort((a, b) => b.length - a.length);
  return { by: 'longest alias', ids: contained.length ? [...aliasOwners.get(contained[0]!)!].sort() : [] };
}

const SEED: Array<[string, string]> = [
  // A meeting named by its venue or its body is the venue or the body (corpus/README.md, labelling rules).
  ['the talks in Geneva', 'geneva'],
  ['Geneva', 'geneva'],
  ['the preliminary meeting went last evening', 'geneva-working-dinner-2022-01-09'],
  ['Brussels', 'brussels'],
  ['Russia-NATO Council', 'nato-russia-council'],
  ['a meeting of the Russia-NATO Council', 'nato-russia-council'],
  ['OSCE', 'osce'],
  ['the OSCE platform', 'osce'],
  ['Delegations of both sides are interagency', 'interagency-delegations'],
  ['interagency', 'interagency-delegations'],
  ['Deputy Foreign Minister Sergei Ryabkov', 'sergei-ryabkov'],
  ['Ryabkov', 'sergei-ryabkov'],
  ['Ryabikov', 'sergei-ryabkov'],
  ['Sergei Ryabikov', 'sergei-ryabkov'],
  ['Wendy Sherman', 'wendy-sherman'],
  ['First US Undersecretary of State Wendy Sherman', 'wendy-sherman'],
  ['Moscow needs written security guarantees', 'russia-draft-security-treaties-2021-12-17'],
  ['written security guarantees', 'russia-draft-security-treaties-2021-12-17'],
  ['RIA Novosti', 'ria-novosti'],
  ['guarantees that NATO will not expand to the East', 'nato-enlargement'],
  ['expand to the East', 'nato-enlargement'],
  ['attack missile systems at our borders with a minimum flight time', 'intermediate-range-missiles'],
  ["the need for NATO to return to its 1997 origins", 'nato-russia-founding-act-1997'],
  ["NATO's 1997 origins", 'nato-russia-founding-act-1997'],
  ['return to 1997', 'nato-russia-founding-act-1997'],
  ['the 1997 positions', 'nato-russia-founding-act-1997'],
  ['states that joined after 1997', 'nato-russia-founding-act-1997'],
  ['the elimination of the military infrastructure of the alliance', 'nato-russia-founding-act-1997'],
  ['the difficulties of ratifying agreements within NATO', 'russia-draft-security-treaties-2021-12-17'],
  ['ratifying agreements within NATO', 'russia-draft-security-treaties-2021-12-17'],
  ['Vladimir Putin', 'vladimir-putin'],
  ["Red Lines regarding Ukraine's accession to NATO", 'red-lines'],
  ['his conversation with Joe Biden on December 7', 'putin-biden-video-call-2021-12-07'],
  ['Joe Biden', 'joe-biden'],
  ['working dinner', 'geneva-working-dinner-2022-01-09'],
  ['US State Department', 'us-department-of-state'],
  ['the right of countries to independently choose which alliances to join', 'freedom-to-choose-alliances'],
  ["guarantees of NATO's non-expansion", 'nato-enlargement'],
  ['Russian statements after the Geneva talks would not reflect reality', 'us-department-of-state'],
];

const ISSUE: Array<[string, string]> = [
  ['extraordinary session', 'geneva-ssd-session-2022-01-10'],
  ['Strategic Stability Dialogue', 'us-russia-strategic-stability-dialogue'],
  ['NATO-Russia Council', 'nato-russia-council'],
  ['OSCE Permanent Council', 'osce-permanent-council'],
  ['Vienna', 'vienna'],
  ['Deputy Secretary Sherman', 'wendy-sherman'],
  ['Lavrov', 'sergey-lavrov'],
  ['Blinken', 'antony-blinken'],
  ['Stoltenberg', 'jens-stoltenberg'],
  ['Grushko', 'alexander-grushko'],
  ['Fomin', 'alexander-fomin'],
  ['Peskov', 'dmitry-peskov'],
  ['Zakharova', 'maria-zakharova'],
  ['Ned Price', 'ned-price'],
  ['Karen Donfried', 'karen-donfried'],
  ['Victoria Nuland', 'victoria-nuland'],
  ['Zbigniew Rau', 'zbigniew-rau'],
  ['Alexander Lukashevich', 'alexander-lukashevich'],
  ['Jake Sullivan', 'jake-sullivan'],
  ['Ambassador John Sullivan', 'john-sullivan'],
  ['the NATO-Russia Founding Act', 'nato-russia-founding-act-1997'],
  ['NATO enlargement', 'nato-enlargement'],
  ['the Bucharest summit', 'bucharest-summit-2008'],
  ['the Budapest summit', 'bucharest-summit-2008'],
  ['Article 10', 'north-atlantic-treaty'],
  ['INF Treaty', 'inf-treaty'],
  ['New START', 'new-start'],
  ['Russian Foreign Ministry', 'russian-mfa'],
  ['TASS', 'tass'],
  ['the Kremlin', 'kremlin'],
  ['the Geneva summit', 'geneva-summit-2021-06-16'],
  ['the December 30 call', 'putin-biden-call-2021-12-30'],
  ['the Lavrov-Blinken meeting on 21 January', 'lavrov-blinken-meeting-2022-01-21'],
  ['NATO-Russia Council meeting on 12 January', 'nrc-meeting-2022-01-12'],
  ['written responses', 'us-nato-written-responses-2022-01-26'],
  ['special military operation', 'russian-invasion-of-ukraine-2022-02-24'],
  ['US Mission in Geneva', 'us-mission-geneva'],
];

const OTHER_LANGUAGES: Array<[string, string]> = [
  ['Сергей Рябков', 'sergei-ryabkov'],
  ['Рябкова', 'sergei-ryabkov'],
  ['Рябкову', 'sergei-ryabkov'],
  ['Рябковым', 'sergei-ryabkov'],
  ['Рябкове', 'sergei-ryabkov'],
  ['Рябковим', 'sergei-ryabkov'],
  ['Rjabkow', 'sergei-ryabkov'],
  ['Sergueï Riabkov', 'sergei-ryabkov'],
  ['Уэнди Шерман', 'wendy-sherman'],
  ['Венді Шерман', 'wendy-sherman'],
  ['первый заместитель госсекретаря', 'wendy-sherman'],
  ['Лаврове', 'sergey-lavrov'],
  ['Lawrow', 'sergey-lavrov'],
  ['Путина', 'vladimir-putin'],
  ['Путіна', 'vladimir-putin'],
  ['Wladimir Putin', 'vladimir-putin'],
  ['Vladimir Poutine', 'vladimir-putin'],
  ['Байденом', 'joe-biden'],
  ['ОБСЕ', 'osce'],
  ['ОБСЄ', 'osce'],
  ['OSZE', 'osce'],
  ['«Совет Россия–НАТО»', 'nato-russia-council'],
  ['Совета Россия — НАТО', 'nato-russia-council'],
  ['Совете Россия-НАТО', 'nato-russia-council'],
  ['Ради НАТО–Росія', 'nato-russia-council'],
  ['Nato-Russland-Rat', 'nato-russia-council'],
  ['Conseil OTAN-Russie', 'nato-russia-council'],
  ['OTAN', 'nato'],
  ['Госдепартамент', 'us-department-of-state'],
  ['Держдеп', 'us-department-of-state'],
  ['МИД России', 'russian-mfa'],
  ['Кремля', 'kremlin'],
  ['Kreml', 'kremlin'],
  ['Женеве', 'geneva'],
  ['Genf', 'geneva'],
  ['Genève', 'geneva'],
  ['Брюсселе', 'brussels'],
  ['Відні', 'vienna'],
  ['рабочего ужина', 'geneva-working-dinner-2022-01-09'],
  ['Arbeitsessen', 'geneva-working-dinner-2022-01-09'],
  ['dîner de travail', 'geneva-working-dinner-2022-01-09'],
  ['переговоры по гарантиям безопасности', 'geneva-ssd-session-2022-01-10'],
  ['Genfer Gespräche', 'geneva'],
  ['письменных гарантий', 'russia-draft-security-treaties-2021-12-17'],
  ['schriftliche Sicherheitsgarantien', 'russia-draft-security-treaties-2021-12-17'],
  ['garanties écrites', 'russia-draft-security-treaties-2021-12-17'],
  ['красные линии', 'red-lines'],
  ['червоні лінії', 'red-lines'],
  ['rote Linien', 'red-lines'],
  ['lignes rouges', 'red-lines'],
  ['расширения НАТО на восток', 'nato-enlargement'],
  ['Nato-Osterweiterung', 'nato-enlargement'],
  ['Основополагающего акта', 'nato-russia-founding-act-1997'],
  ['Grundakte', 'nato-russia-founding-act-1997'],
  ['возвращения к рубежам по состоянию на 1997 год', 'nato-russia-founding-act-1997'],
  ['видеоконференции 7 декабря', 'putin-biden-video-call-2021-12-07'],
  ['межведомственные делегации', 'interagency-delegations'],
  ['право стран самостоятельно выбирать, в какие союзы вступать', 'freedom-to-choose-alliances'],
  ['Договор о РСМД', 'inf-treaty'],
  ['ракет средней и меньшей дальности', 'intermediate-range-missiles'],
  ['ТАСС', 'tass'],
  ['РИА Новости', 'ria-novosti'],
];

describe('seed and issue references resolve to the expected entry', () => {
  it.each([...SEED, ...ISSUE, ...OTHER_LANGUAGES])('%s → %s', (phrase, expected) => {
    const { by, ids } = resolve(phrase);
    expect(ids, `resolved by ${by}`).toEqual([expected]);
  });

  it('resolves the seed’s key phrases through reference phrases, not through a stray name inside them', () => {
    expect(resolve("NATO's 1997 origins").by).toBe('reference');
    expect(resolve('attack missile systems at our borders with a minimum flight time').by).toBe('reference');
    expect(resolve('the right of countries to independently choose which alliances to join').by).toBe('reference');
    expect(resolve('written security guarantees').by).toBe('reference');
  });

  it('resolves the misspellings and the back-translated title by alias', () => {
    expect(resolve('Ryabikov').by).toBe('alias');
    expect(resolve('First US Undersecretary of State').by).toBe('alias');
  });
});
