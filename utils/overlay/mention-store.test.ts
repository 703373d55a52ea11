// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { MentionStore, type TrackedMention } from './mention-store';

function mentionOver(entryId: string, from: [Node, number], to: [Node, number]): TrackedMention {
  const range = document.createRange();
  range.setStart(...from);
  range.setEnd(...to);
  return {
    entryId,
    kind: 'person',
    surface: range.toString(),
    why: { matched: entryId, via: 'alias', lang: 'en', text: '' },
    range,
  };
}

describe('the mentions on the page', () => {
  let first: Text;
  let bold: Text;
  let rest: Text;
  beforeEach(() => {
    document.body.replaceChildren();
    const p = document.createElement('p');
    first = document.createTextNode('Sergei ');
    const b = document.createElement('b');
    bold = document.createTextNode('Ryabkov');
    b.append(bold);
    rest = document.createTextNode(' met Wendy Sherman in Geneva.');
    p.append(first, b, rest);
    document.body.append(p);
  });

  it("puts a re-read subtree's mentions where they belong among the others", () => {
    const store = new MentionStore();
    const before = document.createElement('p');
    const beforeText = document.createTextNode('NATO first.');
    before.append(beforeText);
    const after = document.createElement('p');
    const afterText = document.createTextNode('The OSCE last.');
    after.append(afterText);
    document.body.prepend(before);
    document.body.append(after);
    store.replaceAll([
      mentionOver('nato', [beforeText, 0], [beforeText, 4]),
      mentionOver('osce', [afterText, 4], [afterText, 8]),
    ]);
    const middle = document.body.children[1]!;
    store.replaceWithin(middle, [
      mentionOver('sergei-ryabkov', [first, 0], [bold, 7]),
      mentionOver('wendy-sherman', [rest, 5], [rest, 18]),
    ]);
    expect(store.all().map((m) => m.entryId)).toEqual(['nato', 'sergei-ryabkov', 'wendy-sherman', 'osce']);
    store.replaceWithin(after, [mentionOver('osce', [afterText, 4], [afterText, 8])]);
    store.replaceWithin(before, [mentionOver('nato', [beforeText, 0], [beforeText, 4])]);
    expect(store.all().map((m) => m.entryId)).toEqual(['nato', 'sergei-ryabkov', 'wendy-sherman', 'osce']);
  });

  it('finds the mention under a character, across inline markup, and nothing between mentions', () => {
    const store = new MentionStore();
    const ryabkov = mentionOver('sergei-ryabkov', [first, 0], [bold, 7]);
    const sherman = mentionOver('wendy-sherman', [rest, 5], [rest, 18]);
    store.replaceAll([ryabkov, sherman]);
    expect(store.at(first, 2)).toBe(ryabkov);
    expect(store.at(bold, 6)).toBe(ryabkov);
    expect(store.at(bold, 7)).toBeNull();
    expect(store.at(rest, 2)).toBeNull();
    expect(store.at(rest, 10)).toBe(sherman);
  });

  it('prefers the innermost of nested mentions', () => {
    const store = new MentionStore();
    const outer = mentionOver('geneva-ssd-session-2022-01-10', [rest, 5], [rest, 28]);
    const inner = mentionOver('geneva', [rest, 22], [rest, 28]);
    store.replaceAll([outer, inner]);
    expect(store.at(rest, 23)).toBe(inner);
    expect(store.at(rest, 8)).toBe(outer);
  });

  it('drops mentions whose text left the page', () => {
    const store = new MentionStore();
    store.replaceAll([
      mentionOver('sergei-ryabkov', [bold, 0], [bold, 7]),
      mentionOver('geneva', [rest, 22], [rest, 28]),
    ]);
    bold.parentElement!.remove();
    expect(store.prune()).toBe(true);
    expect(store.all().map((m) => m.entryId)).toEqual(['geneva']);
    expect(store.prune()).toBe(false);
  });

  it('replaces only the mentions inside a subtree that was read again', () => {
    const store = new MentionStore();
    const other = document.createElement('p');
    const otherText = document.createTextNode('Sherman again.');
    other.append(otherText);
    document.body.append(other);
    store.replaceAll([
      mentionOver('sergei-ryabkov', [bold, 0], [bold, 7]),
      mentionOver('wendy-sherman', [otherText, 0], [otherText, 7]),
    ]);
    store.replaceWithin(other, [mentionOver('wendy-sherman', [otherText, 0], [otherText, 7])]);
    expect(store.all().map((m) => m.entryId)).toEqual(['sergei-ryabkov', 'wendy-sherman']);
    store.replaceWithin(other, []);
    expect(store.all().map((m) => m.entryId)).toEqual(['sergei-ryabkov']);
  });
});
