import { describe, expect, it } from 'vitest';
import { loadPack } from '../pack/load-pack';
import { toNameRecords } from '../pack/names';
import { buildTrie } from './automaton';
import { createAnchorFilter, createEngine, createEngineFromData, encodeNeeds, neededWords } from './index';
import { fromIndexData, toIndexData } from './index-data';
import { buildMatchIndex, type MatchIndex } from './match-index';
import { decodeTrie, encodeTrie } from './trie-codec';

const NAMES = toNameRecords(loadPack('packs/geneva-2022'));
const allPatterns = (index: MatchIndex) => Array.from({ length: index.patternCount }, (_, id) => index.pattern(id));

describe('the index built ahead of time', () => {
  const built = buildMatchIndex(NAMES);
  // Through JSON, as the content script receives it.
  const data = JSON.parse(JSON.stringify(toIndexData(built))) as ReturnType<typeof toIndexData>;

  it('restores the same patterns, references and entries', () => {
    const restored = fromIndexData(data);
    expect(restored.patternCount).toBe(built.patternCount);
    expect(allPatterns(restored)).toEqual(allPatterns(built));
    expect(restored.references).toEqual(built.references);
    expect(restored.entries).toEqual(built.entries);
    expect(restored.automaton.size).toBe(built.automaton.size);
  });

  it('stores each ambiguity rule once', () => {
    const aliasesWithRules = allPatterns(built).filter((pattern) => pattern.kind === 'alias' && pattern.rule).length;
    expect(data.rules.length).toBeGreaterThan(0);
    expect(data.rules.length).toBeLessThan(aliasesWithRules);
  });

  it('analyses text exactly as the engine built from the names', () => {
    const fromNames = createEngine(NAMES);
    const fromData = createEngineFromData(() => data, createAnchorFilter(encodeNeeds(neededWords(NAMES))));
    const texts = [
      'Deputy Secretary of State Wendy Sherman and Deputy Foreign Minister Sergei Ryabkov met in Geneva on 10 January 2022 for the Strategic Stability Dialogue. NATO’s 1997 origins were raised; the NATO-Russia Council met on 12 January and the OSCE on 13 January.',
      'Замминистра иностранных дел Сергей Рябков и заместитель госсекретаря Венди Шерман провели переговоры в Женеве 10 января 2022 года. Рябкову ответили в Брюсселе.',
      'Рябков і Шерман зустрілися в Женеві; Рада Росія–НАТО збереться 12 січня, ОБСЄ — 13 січня.',
      'Rjabkow und Sherman trafen sich in Genf. Putins Forderungen: keine NATO-Osterweiterung, Grundakte von 1997.',
      'Riabkov et Sherman à Genève ; le Conseil OTAN-Russie puis l’OSCE à Vienne.',
      'General Sherman marched to the sea; a Sherman tank stood in the square.',
    ];
    for (const text of texts) expect(fromData.analyzeText(text)).toEqual(fromNames.analyzeText(text));
  });
});

describe('the trie as text', () => {
  it('decodes to the same trie, in the narrowest widths', () => {
    const trie = buildTrie(['nato', 'nato-russia council', 'рябков', 'рябкова', 'osce', '']);
    const decoded = decodeTrie(encodeTrie(trie));
    expect(Array.from(decoded.letters)).toEqual(Array.from(trie.letters));
    for (const field of ['childCount', 'letterOf', 'fail', 'terminal', 'keyLength'] as const) {
      expect(Array.from(decoded[field]), field).toEqual(Array.from(trie[field]));
    }
    expect(decoded.fail).toBeInstanceOf(Uint8Array);
  });

  it('refuses text that is not an encoded trie', () => {
    expect(() => decodeTrie(btoa('not a trie at all, just some text'))).toThrow(/unreadable/);
  });
});
