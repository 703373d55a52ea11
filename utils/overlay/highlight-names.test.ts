import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ENTRY_KINDS } from '@/utils/pack/schema';
import { MARK_STYLES } from '@/utils/storage/settings-schema';
import { allHighlightNames, ENTRY_KINDS_FOR_MARKS, MARK_STYLES_FOR_MARKS } from './highlight-names';

const css = readFileSync(join(__dirname, '..', '..', 'assets', 'styles', 'highlights.css'), 'utf8');

describe('mark names and their styles', () => {
  it('cover every kind of entry and every mark style the settings offer', () => {
    expect([...ENTRY_KINDS_FOR_MARKS].sort()).toEqual([...ENTRY_KINDS].sort());
    expect([...MARK_STYLES_FOR_MARKS].sort()).toEqual([...MARK_STYLES].sort());
  });

  it('each have a ::highlight rule in the stylesheet', () => {
    for (const name of allHighlightNames()) expect(css, name).toContain(`::highlight(${name})`);
  });

  it('use only properties a ::highlight rule may use (nothing that changes the text’s shape)', () => {
    const properties = [...css.replace(/\/\*[\s\S]*?\*\//g, '').matchAll(/^\s*([a-z-]+)\s*:/gm)].map(
      (match) => match[1],
    );
    const allowed = /^(color|background-color|text-decoration(-line|-style|-color|-thickness)?|text-shadow)$/;
    expect(properties.filter((property) => !allowed.test(property!))).toEqual([]);
  });
});
