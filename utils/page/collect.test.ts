// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { PageCollector, type PageText } from './collect';
import { zoneAtOffset } from './offsets';

function zoneOf(text: PageText, piece: string) {
  const at = text.nodes.findIndex((node) => node.data === piece);
  expect(at).toBeGreaterThanOrEqual(0);
  return zoneAtOffset(text.sourceZones, text.starts[at]!);
}

/** Walks one node per step, running `between` after the step that read `piece` (the buffer holds it folded). */
function collectInSteps(piece: string, between: () => void): PageText {
  const collector = new PageCollector(document);
  let changed = false;
  while (!collector.step(1)) {
    if (!changed && collector.folded.buffer.toString().includes(piece.toLowerCase())) {
      between();
      changed = true;
    }
  }
  expect(changed).toBe(true);
  return collector.finish();
}

describe('the walk over a page that changes between its steps', () => {
  beforeEach(() => {
    document.body.innerHTML = `<main><article><h1>Talks</h1><p id="first">First paragraph.</p>
      <p id="second">Second paragraph.</p><p>Third paragraph.</p></article>
      <aside><div id="box"><p id="later">Later story.</p></div></aside></main>`;
  });

  it('reads text that moved ahead of the walk by where it now is', () => {
    const text = collectInSteps('First paragraph.', () => {
      // The walk is in the first paragraph: the second moves into the sidebar, ahead of the walk.
      document.querySelector('#box')!.prepend(document.querySelector('#second')!);
    });
    expect(zoneOf(text, 'Second paragraph.')).toBe('peripheral');
    expect(zoneOf(text, 'Later story.')).toBe('peripheral');
  });

  it('goes on from where the node it was reading went, deciding its new ancestors', () => {
    const text = collectInSteps('Second paragraph.', () => {
      // The walk is in the second paragraph, which moves into the sidebar's box, before another story.
      document.querySelector('#box')!.prepend(document.querySelector('#second')!);
    });
    expect(text.nodes.map((node) => node.data)).toContain('Later story.');
    expect(zoneOf(text, 'Second paragraph.')).toBe('body');
    expect(zoneOf(text, 'Later story.')).toBe('peripheral');
  });

  it('reads nothing of a node that left the page', () => {
    const text = collectInSteps('First paragraph.', () => document.querySelector('#second')!.remove());
    expect(text.nodes.map((node) => node.data)).not.toContain('Second paragraph.');
    expect(zoneOf(text, 'Third paragraph.')).toBe('body');
  });
});
