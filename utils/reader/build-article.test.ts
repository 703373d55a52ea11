// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import type { Block } from './article-model';
import { blockText } from './article-model';
import { buildBlocks, LIMITS } from './build-article';

const BASE = 'https://www.example-news.com/world/2022/01/10/story.html';

function blocksOf(markup: string): Block[] {
  const doc = new DOMParser().parseFromString(`<!doctype html><body><div id="root">${markup}</div>`, 'text/html');
  return buildBlocks(doc.getElementById('root')!, BASE);
}

/** Every string the model holds, to check nothing of the markup leaked into it. */
function everyString(blocks: Block[]): string[] {
  return blocks.flatMap((block) => [
    ...(block.kind === 'image' ? [block.alt, block.src ?? ''] : []),
    ...block.inlines.flatMap((inline) => [inline.text, inline.kind === 'link' ? inline.href : '']),
  ]);
}

describe('the article model built from extracted markup', () => {
  it('keeps headings, paragraphs, quotes, list items and emphasis as text', () => {
    const blocks = blocksOf(`
      <h2>The talks</h2>
      <p>Sergei <b>Ryabkov</b> met   Wendy <em>Sherman</em>.</p>
      <blockquote><p>“We are not optimistic,” he said.</p></blockquote>
      <ol><li>first</li><li>second</li></ol>`);
    expect(blocks.map((block) => block.kind)).toEqual(['heading', 'paragraph', 'quote', 'list-item', 'list-item']);
    expect(blocks.map(blockText)).toEqual([
      'The talks',
      'Sergei Ryabkov met Wendy Sherman.',
      '“We are not optimistic,” he said.',
      'first',
      'second',
    ]);
    expect(blocks[1]!.inlines).toEqual([
      { kind: 'text', text: 'Sergei ', style: 'plain' },
      { kind: 'text', text: 'Ryabkov', style: 'strong' },
      { kind: 'text', text: ' met Wendy ', style: 'plain' },
      { kind: 'text', text: 'Sherman', style: 'emphasis' },
      { kind: 'text', text: '.', style: 'plain' },
    ]);
    expect(blocks[3]).toMatchObject({ kind: 'list-item', ordered: true });
  });

  it('drops scripts, styles, forms, frames, embeds and SVG with everything inside them', () => {
    const markup = `
      <p>Before<script>steal()</script> after.</p>
      <style>p { color: red }</style>
      <form action="https://evil.example/"><input name="q" value="typed"><button>Send secrets</button><p>Form text</p></form>
      <iframe srcdoc="<p>frame text</p>">frame text</iframe>
      <object data="x.swf">object text</object>
      <math><mi>x</mi></math>
      <template><p>template text</p></template>
      <noscript>noscript text</noscript>
      <p hidden>hidden text</p>
      <p>Last words.</p>
      <svg><script>alert(1)</script><text>svg text</text></svg>`;
    const doc = new DOMParser().parseFromString(`<body><div id="root">${markup}</div>`, 'text/html');
    // Every one of them is in the document to begin with.
    expect(
      doc.querySelectorAll('#root > p > script, style, form, iframe, object, math, template, noscript, [hidden], svg'),
    ).toHaveLength(10);
    expect(buildBlocks(doc.getElementById('root')!, BASE).map(blockText)).toEqual(['Before after.', 'Last words.']);
  });

  it('keeps no event handler, style or attribute: only the text of the elements that carry them', () => {
    const blocks = blocksOf(
      `<p onclick="alert(1)" style="background:url(https://evil.example/x)" class="x" id="y">` +
        `<span onmouseover="alert(2)">Hover</span> text<img src=x onerror="alert(3)"></p>`,
    );
    const strings = everyString(blocks).join(' ');
    expect(strings).not.toMatch(/alert|onclick|onerror|onmouseover|style|evil/);
    expect(blocks.map(blockText)).toContain('Hover text');
  });

  it('keeps links only with absolute http(s) targets; other links become plain text', () => {
    const blocks = blocksOf(`<p>
      <a href="javascript:alert(1)">js</a>
      <a href="  JaVaScRiPt:alert(1)">js2</a>
      <a href="java&#9;script:alert(1)">js3</a>
      <a href="data:text/html,<script>alert(1)</script>">data</a>
      <a href="vbscript:msgbox(1)">vb</a>
      <a href="chrome-extension://abc/popup.html">ext</a>
      <a href="/world/other.html">relative</a>
      <a href="https://user:secret@www.example-news.com/x">creds</a>
      <a>no href</a></p>`);
    const links = blocks[0]!.inlines.filter((inline) => inline.kind === 'link');
    expect(links.map((link) => [link.text, link.kind === 'link' && link.href])).toEqual([
      ['relative', 'https://www.example-news.com/world/other.html'],
      ['creds', 'https://www.example-news.com/x'],
    ]);
    expect(blockText(blocks[0]!)).toBe('js js2 js3 data vb ext relative creds no href');
  });

  it('turns images into inert placeholders: alt text and an http(s) address, no other source', () => {
    const blocks = blocksOf(`
      <figure><img src="https://cdn.example-news.com/a.jpg" srcset="https://evil.example/b.jpg 2x" alt=" Ryabkov   and Sherman ">
        <figcaption>Sergei Ryabkov and Wendy Sherman in Geneva.</figcaption></figure>
      <p><img src="javascript:alert(1)" alt="js image"></p>
      <p><img src="data:image/png;base64,AAAA"></p>
      <p><img src="/relative.png" alt="relative"></p>`);
    expect(blocks).toEqual([
      {
        kind: 'image',
        alt: 'Ryabkov and Sherman',
        src: 'https://cdn.example-news.com/a.jpg',
        inlines: [{ kind: 'text', text: 'Sergei Ryabkov and Wendy Sherman in Geneva.', style: 'plain' }],
      },
      { kind: 'image', alt: 'js image', src: null, inlines: [] },
      { kind: 'image', alt: 'relative', src: 'https://www.example-news.com/relative.png', inlines: [] },
    ]);
  });

  it('splits a paragraph around an image and keeps the order of text and image', () => {
    const blocks = blocksOf('<p>Before the image <img src="https://cdn.example-news.com/a.jpg" alt="A"> after it.</p>');
    expect(blocks.map((block) => [block.kind, blockText(block)])).toEqual([
      ['paragraph', 'Before the image'],
      ['image', ''],
      ['paragraph', 'after it.'],
    ]);
  });

  it('keeps text of unknown and custom elements, as text', () => {
    const blocks = blocksOf('<p><x-widget onclick="go()">Custom</x-widget> <font color=red>old</font></p>');
    expect(blocks.map(blockText)).toEqual(['Custom old']);
  });

  it('stops at absurd depth and size instead of exhausting the walker', () => {
    const deep = `${'<span>'.repeat(LIMITS.depth + 50)}deep${'</span>'.repeat(LIMITS.depth + 50)}`;
    expect(blocksOf(`<p>shallow</p><p>${deep}</p>`).map(blockText)).toEqual(['shallow']);
    const many = '<p>word</p>'.repeat(LIMITS.blocks + 100);
    expect(blocksOf(many)).toHaveLength(LIMITS.blocks);
  });

  it('keeps line breaks in preformatted text only', () => {
    const blocks = blocksOf('<pre>line one\n  line two</pre><p>one\n two<br>three</p>');
    expect(blocks.map(blockText)).toEqual(['line one\n  line two', 'one two three']);
  });
});
