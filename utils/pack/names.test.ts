import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadPack } from './load-pack';
import { encodeNeeds, neededWords } from '../engine/anchors';
import { toIndexData } from '../engine/index-data';
import { buildMatchIndex } from '../engine/match-index';
import { readIndexData, toNameRecords, toNamesModule } from './names';

const pack = loadPack(join(__dirname, 'fixtures', 'valid'));

describe('toNameRecords', () => {
  it('keeps exactly what matching needs: id, kind, signal, aliases, references', () => {
    const records = toNameRecords(pack);
    expect(records.map((record) => Object.keys(record))).toEqual([
      ['id', 'kind', 'signal', 'aliases', 'references'],
      ['id', 'kind', 'signal', 'aliases', 'references'],
    ]);
    expect(records[0]!.aliases).toEqual(pack.entries[0]!.aliases);
    expect(records[0]!.references).toEqual(pack.entries[0]!.references);
  });

  it('carries no card text', () => {
    const serialized = JSON.stringify(toNameRecords(pack));
    expect(serialized).not.toContain('Summary of');
    expect(serialized).not.toContain('A fact.');
    expect(serialized).not.toContain('example.org');
  });
});

describe('toNamesModule', () => {
  it('labels the names with the pack id, version and asOf date', () => {
    const module = toNamesModule(pack);
    expect(module).toMatchObject({ packId: 'fixture-pack', version: '0.0.1', asOf: '2022-02-01' });
    expect(readIndexData(module).entries.map((entry) => entry.id)).toEqual(['alpha-person', 'beta-place']);
  });

  it('carries the prebuilt index as JSON text, its trie as a string apart, and the words each alias needs', () => {
    const module = toNamesModule(pack);
    const names = toNameRecords(pack);
    expect(readIndexData(module)).toEqual(toIndexData(buildMatchIndex(names)));
    expect(module.indexJson).not.toContain(module.trie);
    expect(module.needs).toEqual(encodeNeeds(neededWords(names)));
    expect(module.needs.length).toBeGreaterThan(0);
  });

  it('carries no card text', () => {
    const module = JSON.stringify(toNamesModule(pack));
    expect(module).not.toContain('Summary of');
    expect(module).not.toContain('example.org');
  });
});
