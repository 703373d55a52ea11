// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import type { MarkStyle } from './highlight-names';
import { createHighlightRules } from './highlight-styles';

// happy-dom's CSS parser drops `::highlight()` rules: these stand in, one class per style.
const rulesFor = (style: MarkStyle) => `.mark-${style} { color: red; }`;
const adoptedRules = () =>
  document.adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules].map((rule) => rule.cssText)).join('\n');

describe('the highlight rules on a page', () => {
  it('adopts one sheet for the style in use, swaps it when the style changes, and takes it back', () => {
    const before = document.adoptedStyleSheets.length;
    const rules = createHighlightRules(document, rulesFor);
    rules.adopt('underline');
    const underline = document.adoptedStyleSheets.at(-1);
    rules.adopt('underline');
    expect(document.adoptedStyleSheets.length).toBe(before + 1);
    expect(document.adoptedStyleSheets.at(-1)).toBe(underline);
    expect(adoptedRules()).toContain('.mark-underline');

    rules.adopt('highlight');
    expect(document.adoptedStyleSheets.length).toBe(before + 1);
    expect(adoptedRules()).toContain('.mark-highlight');
    expect(adoptedRules()).not.toContain('.mark-underline');

    rules.remove();
    rules.remove();
    expect(document.adoptedStyleSheets.length).toBe(before);
  });

  it('leaves the page’s own adopted sheets where they were', () => {
    const own = new CSSStyleSheet();
    own.replaceSync('p { color: red; }');
    document.adoptedStyleSheets = [own];
    const rules = createHighlightRules(document, rulesFor);
    rules.adopt('dotted');
    rules.adopt('underline');
    expect(document.adoptedStyleSheets[0]).toBe(own);
    rules.remove();
    expect(document.adoptedStyleSheets).toEqual([own]);
  });
});
