import { describe, expect, it } from 'vitest';
import { loadPack } from '../pack/load-pack';
import { toNameRecords } from '../pack/names';
import { createAnchorFilter, encodeNeeds, neededWords } from './anchors';
import { createEngine } from './index';
import { foldTextDocument } from './text-document';

const NAMES = toNameRecords(loadPack('packs/geneva-2022'));
const filter = createAnchorFilter(encodeNeeds(neededWords(NAMES)));
const mayMention = (text: string) => {
  const doc = foldTextDocument(text);
  return filter.mayMention(doc.buffer, 0, doc.buffer.length);
};
/** A reference phrase as a page may write it: each gap filled with one word. */
const filled = (phrase: string) => phrase.replace(/\s*(?:…|\.\.\.)\s*/gu, ' very ');

describe('the prefilter', () => {
  it('lets through every alias and reference phrase of the pack, in a sentence', () => {
    const missed = NAMES.flatMap((record) => [
      ...record.aliases.map((alias) => alias.text),
      ...(record.references ?? []).map((phrase) => filled(phrase.text)),
    ]).filter((text) => !mayMention(`Reporters heard that ${text}, officials said.`));
    expect(missed).toEqual([]);
  });

  it('lets through names with case endings the pack did not list', () => {
    expect(mayMention('Встреча с Рябковові')).toBe(true);
    expect(mayMention('переговоры с Рябковым продолжатся')).toBe(true);
    expect(mayMention('Putins Sprecher sagte')).toBe(true);
    expect(mayMention("Ryabkov's remarks")).toBe(true);
  });

  it('rules out ordinary news that names nothing from the pack', () => {
    expect(mayMention('The home side won 3–1 after a late goal; the coach praised the defence.')).toBe(false);
    expect(mayMention('Сборная выиграла матч со счётом 3:1, тренер похвалил защиту.')).toBe(false);
    expect(mayMention('Heavy rain is expected across the region on Thursday, forecasters said.')).toBe(false);
    // "Price" (Ned Price) takes no -s: "prices" is the plural of the common word.
    expect(mayMention('Energy prices rose again in the week to Friday.')).toBe(false);
  });

  it('needs every word of a name: one common word alone is not enough', () => {
    expect(mayMention('The state fair opened on Friday.')).toBe(false);
    expect(mayMention('A spokesman for the State Department said')).toBe(true);
  });

  it('never rules out a text where the engine’s first look finds a name', () => {
    const engine = createEngine(NAMES);
    const texts = NAMES.flatMap((record) => record.aliases.map((alias) => `On Monday ${alias.text} spoke.`));
    for (const text of texts) {
      const doc = foldTextDocument(text);
      if (engine.firstLook(doc).seen.length > 0) expect(engine.mayMention(doc), text).toBe(true);
    }
  });

  it('reads the word sets the build wrote, and refuses anything else', () => {
    const small = createAnchorFilter(encodeNeeds(['department state', 'рябков~']));
    const check = (text: string) => {
      const doc = foldTextDocument(text);
      return small.mayMention(doc.buffer, 0, doc.buffer.length);
    };
    expect(check('the State Department said')).toBe(true);
    expect(check('the state said')).toBe(false);
    expect(check('с Рябковым')).toBe(true);
    expect(() => createAnchorFilter(btoa('not the word sets at all'))).toThrow(/unreadable/);
    expect(() => createAnchorFilter('BSN1\nsome words')).toThrow(/unreadable/);
  });
});
