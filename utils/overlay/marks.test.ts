import { afterEach, describe, expect, it, vi } from 'vitest';
import { allHighlightNames, type MarkStyle } from './highlight-names';
import { createMarks } from './marks';

/** Stands in for the browser's `Highlight` (Node has none): a set of ranges with a priority. */
class FakeHighlight extends Set<Range> {
  priority = 0;
  constructor(...ranges: Range[]) {
    super(ranges);
  }
}

const range = (label: string) => ({ label }) as unknown as Range;

function setup(beforePaint?: (style: MarkStyle) => void) {
  vi.stubGlobal('Highlight', FakeHighlight);
  const registry = new Map<string, FakeHighlight>();
  const marks = createMarks(registry as unknown as HighlightRegistry, beforePaint);
  const contents = () =>
    Object.fromEntries(
      [...registry].map(([name, highlight]) => [
        name,
        [...highlight].map((r) => (r as unknown as { label: string }).label),
      ]),
    );
  return { registry, marks, contents };
}

describe('painting marks', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('asks for the rules of the style it paints in, before painting and only when there is something to paint', () => {
    const styled = vi.fn();
    const { marks } = setup(styled);
    marks.paint([], 'underline');
    expect(styled).not.toHaveBeenCalled();
    marks.paint([{ kind: 'person', range: range('Ryabkov') }], 'underline');
    marks.paint([{ kind: 'person', range: range('Sherman') }], 'dotted');
    marks.focus(range('Sherman'));
    expect(styled.mock.calls).toEqual([['underline'], ['dotted'], ['dotted']]);
  });

  it('registers one highlight per kind of entry, named for the reader’s mark style', () => {
    const { marks, contents } = setup();
    marks.paint(
      [
        { kind: 'person', range: range('Ryabkov') },
        { kind: 'document', range: range('1997') },
        { kind: 'person', range: range('Sherman') },
      ],
      'dotted',
    );
    expect(contents()).toEqual({
      'backstory-dotted-person': ['Ryabkov', 'Sherman'],
      'backstory-dotted-document': ['1997'],
    });
  });

  it('repaints in a new style or with fewer marks without leaving stale highlights', () => {
    const { marks, contents } = setup();
    marks.paint(
      [
        { kind: 'person', range: range('Ryabkov') },
        { kind: 'place', range: range('Geneva') },
      ],
      'underline',
    );
    marks.paint([{ kind: 'person', range: range('Ryabkov') }], 'highlight');
    expect(contents()).toEqual({ 'backstory-highlight-person': ['Ryabkov'] });
  });

  it('draws the keyboard’s focus mark above the others, and removes it', () => {
    const { marks, registry } = setup();
    marks.focus(range('Ryabkov'));
    expect(registry.get('backstory-focus')?.priority).toBe(1);
    marks.focus(null);
    expect(registry.has('backstory-focus')).toBe(false);
  });

  it('clears every Backstory highlight, even ones it did not paint, and nothing else', () => {
    const { marks, registry } = setup();
    for (const name of allHighlightNames()) registry.set(name, new FakeHighlight());
    registry.set('page-own-highlight', new FakeHighlight());
    marks.clear();
    expect([...registry.keys()]).toEqual(['page-own-highlight']);
  });
});
