import { describe, expect, it } from 'vitest';
import { ENTRY_KINDS } from '@/utils/pack/schema';
import { MARK_STYLES } from '@/utils/storage/settings-schema';
import {
  allHighlightNames,
  ENTRY_KINDS_FOR_MARKS,
  FOCUS_HIGHLIGHT,
  markHighlightName,
  MARK_STYLES_FOR_MARKS,
} from './highlight-names';
import { highlightRules } from './highlight-rules';

const namesIn = (css: string) => [...css.matchAll(/::highlight\(([a-z-]+)\)/g)].map((match) => match[1]);

describe('mark names and their styles', () => {
  it('cover every kind of entry and every mark style the settings offer', () => {
    expect([...ENTRY_KINDS_FOR_MARKS].sort()).toEqual([...ENTRY_KINDS].sort());
    expect([...MARK_STYLES_FOR_MARKS].sort()).toEqual([...MARK_STYLES].sort());
  });

  it('each have a ::highlight rule in their style’s sheet, which names no other style’s marks', () => {
    const named = new Set<string>();
    for (const style of MARK_STYLES_FOR_MARKS) {
      const own = [...ENTRY_KINDS_FOR_MARKS.map((kind) => markHighlightName(style, kind)), FOCUS_HIGHLIGHT];
      expect(new Set(namesIn(highlightRules(style))), style).toEqual(new Set(own));
      own.forEach((name) => named.add(name));
    }
    expect([...named].sort()).toEqual(allHighlightNames().sort());
  });

  it('use only properties a ::highlight rule may use (nothing that changes the text’s shape)', () => {
    for (const style of MARK_STYLES_FOR_MARKS) {
      const properties = [...highlightRules(style).matchAll(/(?:^|[{;])\s*([a-z-]+)\s*:/gm)].map((match) => match[1]);
      expect(properties.length, style).toBeGreaterThan(6);
      const allowed = /^(color|background-color|text-decoration(-line|-style|-color|-thickness)?|text-shadow)$/;
      expect(properties.filter((property) => !allowed.test(property!))).toEqual([]);
    }
  });
});
