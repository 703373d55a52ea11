// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { highlightRulesOnce } from './highlight-styles';

describe('the highlight rules, adopted once', () => {
  it('adopts one sheet however often it is asked, and takes it back when told', () => {
    const before = document.adoptedStyleSheets.length;
    const takeBacks: Array<() => void> = [];
    const adopt = highlightRulesOnce(document, (takeBack) => takeBacks.push(takeBack));
    adopt();
    adopt();
    expect(document.adoptedStyleSheets.length).toBe(before + 1);
    expect(takeBacks).toHaveLength(1);
    takeBacks[0]!();
    expect(document.adoptedStyleSheets.length).toBe(before);
  });
});
