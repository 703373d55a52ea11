/**
 * Turns extracted article markup (an element of an inert document) into the reader's article model.
 * This is the sanitiser: it reads text, a few structural tags, http(s) link targets and image alt
 * text and addresses, and nothing else. No element, attribute, style or handler of the page survives,
 * because nothing of the page is kept as markup: only strings go into the model.
 */
import type { Block, Inline, InlineStyle } from './article-model';
import { safeHttpUrl } from './safe-url';

/** Never read, not even their text. */
const DROPPED = new Set(
  (
    'script style noscript template iframe frame frameset object embed applet canvas video audio ' +
    'source track map area form input button select option optgroup textarea datalist output progress ' +
    'meter dialog head title meta link base svg math slot portal param'
  ).split(' '),
);

/** Containers: they end the block before them and start a new one after. */
const CONTAINERS = new Set(
  (
    'div section article main header footer aside nav address hgroup details summary table thead ' +
    'tbody tfoot tr td th caption dl dt dd center fieldset legend body html hr'
  ).split(' '),
);

const HEADINGS: Record<string, 2 | 3 | 4> = { h1: 2, h2: 2, h3: 3, h4: 4, h5: 4, h6: 4 };
const EMPHASIS = new Set(['em', 'i', 'cite', 'dfn', 'var']);
const STRONG = new Set(['strong', 'b']);
const HTML_NAMESPACE = 'http://www.w3.org/1999/xhtml';

/** Past these the rest of a page is not read: a reader page is for articles, not for hostile sizes. */
export const LIMITS = { blocks: 3000, characters: 400_000, depth: 100, altText: 300 } as const;

type TextBlockKind = 'paragraph' | 'quote' | 'list-item' | 'preformatted';

interface Context {
  blockKind: TextBlockKind;
  ordered: boolean;
  style: InlineStyle;
  href: string | null;
  pre: boolean;
  depth: number;
}

interface OpenBlock {
  block: Block;
  /** True while the block's text ends in white space (or is empty): collapses runs of spaces across elements. */
  endsInSpace: boolean;
}

export function buildBlocks(root: Element, baseUrl: string): Block[] {
  const blocks: Block[] = [];
  let open: OpenBlock | null = null;
  let characters = 0;
  const full = () => blocks.length >= LIMITS.blocks || characters >= LIMITS.characters;

  const close = () => {
    if (!open) return;
    const { block } = open;
    open = null;
    trimInlines(block.inlines);
    if (block.kind === 'image' || block.inlines.length > 0) blocks.push(block);
  };

  const start = (block: Block) => {
    close();
    open = { block, endsInSpace: true };
  };

  const textBlock = (context: Context): Block =>
    context.blockKind === 'list-item'
      ? { kind: 'list-item', ordered: context.ordered, inlines: [] }
      : { kind: context.blockKind, inlines: [] };

  const appendText = (raw: string, context: Context) => {
    if (!open) open = { block: textBlock(context), endsInSpace: true };
    const current: OpenBlock = open;
    let text = context.pre ? raw.replace(/\r\n?/g, '\n') : raw.replace(/\s+/g, ' ');
    if (!context.pre && current.endsInSpace) text = text.replace(/^ /, '');
    if (text === '') return;
    characters += text.length;
    current.endsInSpace = /\s$/.test(text);
    const inlines = current.block.inlines;
    const last = inlines.at(-1);
    const href = context.href;
    if (last && last.style === context.style && (last.kind === 'link' ? last.href === href : href === null)) {
      last.text += text;
    } else {
      inlines.push(
        href === null
          ? { kind: 'text', text, style: context.style }
          : { kind: 'link', text, style: context.style, href },
      );
    }
  };

  const image = (element: Element) => {
    const src = safeHttpUrl(element.getAttribute('src'), baseUrl);
    const alt = (element.getAttribute('alt') ?? element.getAttribute('title') ?? '').replace(/\s+/g, ' ').trim();
    // An image with neither an address nor words is nothing a reader can use.
    if (src === null && alt === '') return;
    const resume = open?.block.kind === 'image' ? null : open;
    start({ kind: 'image', alt: alt.slice(0, LIMITS.altText), src, inlines: [] });
    close();
    // Text after an image inside a paragraph continues in a block of the same kind.
    if (resume && resume.block.kind !== 'image') open = { block: { ...resume.block, inlines: [] }, endsInSpace: true };
  };

  const figure = (element: Element, context: Context) => {
    close();
    const firstBlock = blocks.length;
    const captions: Element[] = [];
    for (const child of Array.from(element.children)) {
      if (child.localName === 'figcaption') captions.push(child);
    }
    walkChildren(element, context, (child) => !captions.includes(child as Element));
    close();
    if (captions.length === 0) return;
    const captionStart = blocks.length;
    for (const caption of captions) walkChildren(caption, { ...context, blockKind: 'paragraph' });
    close();
    const captionBlocks = blocks.splice(captionStart);
    const captionInlines = joinInlines(captionBlocks.map((block) => block.inlines));
    const pictured = blocks.slice(firstBlock).findLast((block) => block.kind === 'image');
    if (pictured && pictured.inlines.length === 0) pictured.inlines = captionInlines;
    else if (captionInlines.length > 0) blocks.push({ kind: 'paragraph', inlines: captionInlines });
  };

  const walkElement = (element: Element, context: Context) => {
    if (element.namespaceURI !== HTML_NAMESPACE && element.namespaceURI !== null) return;
    const tag = element.localName.toLowerCase();
    if (DROPPED.has(tag) || element.hasAttribute('hidden')) return;
    // Deeper than any article nests: markup built to exhaust the walker, not text to read.
    if (context.depth >= LIMITS.depth) return;
    const inner: Context = { ...context, depth: context.depth + 1 };
    const heading = HEADINGS[tag];
    if (heading) {
      start({ kind: 'heading', level: heading, inlines: [] });
      walkChildren(element, { ...inner, blockKind: 'paragraph', pre: false });
      close();
    } else if (tag === 'p') {
      close();
      walkChildren(element, inner);
      close();
    } else if (tag === 'blockquote') {
      close();
      walkChildren(element, { ...inner, blockKind: 'quote' });
      close();
    } else if (tag === 'ul' || tag === 'ol' || tag === 'menu') {
      close();
      walkChildren(element, { ...inner, ordered: tag === 'ol' });
      close();
    } else if (tag === 'li') {
      close();
      walkChildren(element, { ...inner, blockKind: 'list-item' });
      close();
    } else if (tag === 'pre') {
      start({ kind: 'preformatted', inlines: [] });
      walkChildren(element, { ...inner, blockKind: 'preformatted', pre: true });
      close();
    } else if (tag === 'figure') {
      figure(element, inner);
    } else if (tag === 'img') {
      image(element);
    } else if (tag === 'br') {
      appendText(context.pre ? '\n' : ' ', context);
    } else if (tag === 'a') {
      walkChildren(element, { ...inner, href: safeHttpUrl(element.getAttribute('href'), baseUrl) });
    } else if (CONTAINERS.has(tag)) {
      close();
      walkChildren(element, inner);
      close();
    } else {
      const style = STRONG.has(tag) ? 'strong' : EMPHASIS.has(tag) && context.style === 'plain' ? 'emphasis' : null;
      walkChildren(element, style ? { ...inner, style } : inner);
    }
  };

  const walkChildren = (parent: Node, context: Context, keep: (child: Node) => boolean = () => true) => {
    for (let child = parent.firstChild; child && !full(); child = child.nextSibling) {
      if (!keep(child)) continue;
      if (child.nodeType === 3 || child.nodeType === 4) appendText((child as CharacterData).data, context);
      else if (child.nodeType === 1) walkElement(child as Element, context);
    }
  };

  walkChildren(root, { blockKind: 'paragraph', ordered: false, style: 'plain', href: null, pre: false, depth: 0 });
  close();
  return blocks;
}

/** Drops white space at the block's edges, and runs left empty. */
function trimInlines(inlines: Inline[]): void {
  while (inlines.length > 0 && inlines[0]!.text.trim() === '') inlines.shift();
  while (inlines.length > 0 && inlines.at(-1)!.text.trim() === '') inlines.pop();
  if (inlines.length === 0) return;
  inlines[0]!.text = inlines[0]!.text.trimStart();
  inlines[inlines.length - 1]!.text = inlines.at(-1)!.text.trimEnd();
}

/** Caption paragraphs joined into one run list, a space between them. */
function joinInlines(parts: Inline[][]): Inline[] {
  const out: Inline[] = [];
  for (const part of parts) {
    if (part.length === 0) continue;
    if (out.length > 0) out.push({ kind: 'text', text: ' ', style: 'plain' });
    out.push(...part);
  }
  return out;
}
