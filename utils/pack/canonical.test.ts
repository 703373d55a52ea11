import { describe, expect, it } from 'vitest';
import { canonicalize, canonicalText, serializePackJson } from './canonical';
import { Alias, Entry } from './schema';

describe('canonicalize', () => {
  it('puts object keys in schema order, nested objects and arrays included', () => {
    const raw = { ambiguous: { explain: { en: 'x' }, near: ['a'] }, form: 'short', lang: 'en', text: 'X' };
    expect(Object.keys(canonicalize(raw, Alias) as object)).toEqual(['text', 'lang', 'form', 'ambiguous']);
    expect(Object.keys((canonicalize(raw, Alias) as { ambiguous: object }).ambiguous)).toEqual(['near', 'explain']);
  });

  it('reaches through arrays, optional and nullable fields', () => {
    const raw = {
      sinceThen: { sources: [], text: { en: 't' }, asOf: '2022' },
      aliases: [{ lang: 'en', text: 'A' }],
      id: 'a',
    };
    const out = canonicalize(raw, Entry) as Record<string, { [key: string]: unknown }>;
    expect(Object.keys(out)).toEqual(['id', 'sinceThen', 'aliases']);
    expect(Object.keys(out.sinceThen!)).toEqual(['asOf', 'text', 'sources']);
    expect(Object.keys((out.aliases as unknown as object[])[0]!)).toEqual(['text', 'lang']);
  });

  it('keeps keys the schema does not know, after the known ones', () => {
    expect(Object.keys(canonicalize({ extra: 1, text: 'X', lang: 'en' }, Alias) as object)).toEqual([
      'text',
      'lang',
      'extra',
    ]);
  });
});

describe('canonicalText', () => {
  it('is two-space JSON with a trailing newline', () => {
    expect(serializePackJson({ a: [1] })).toBe('{\n  "a": [\n    1\n  ]\n}\n');
    expect(canonicalText('{"lang":"en","text":"X"}', Alias)).toBe('{\n  "text": "X",\n  "lang": "en"\n}\n');
  });
});
