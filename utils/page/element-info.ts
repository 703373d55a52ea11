/**
 * What the walker needs to know about each element, decided once per element, when text under it
 * is first met, and kept on the walk's path (PERF.md §7: `nodeName`/`getAttribute` once per element,
 * not once per text node):
 * - skip it (scripts, styles, form fields, editable regions, SVG, the extension's own UI);
 * - its block (text in different blocks is separated, so names cannot match across paragraphs);
 * - a zone hint (navigation and sidebars, the headline, the standfirst, captions);
 * - which main-content candidates (article, main, articleBody…) contain it.
 */
import {
  BODY_CLASS,
  CAPTION_CLASS,
  HEADLINE_CLASS,
  PERIPHERAL_CLASS,
  STANDFIRST_CLASS,
  TEASER_CLASS,
} from './class-names';
import {
  BLOCKS,
  CONTAINERS,
  PERIPHERAL_ROLES,
  PERIPHERAL_TAGS,
  PLAIN_INLINE,
  SKIPPED,
  TRANSPARENT_INLINE,
} from './tags';

export type ZoneHint = 'none' | 'banner' | 'peripheral' | 'headline' | 'standfirst' | 'caption';

export interface ElementInfo {
  element: Element;
  skip: boolean;
  block: Element;
  hint: ZoneHint;
  /** Main-content candidates containing this element (outermost first), as indexes into `candidates`. */
  candidates: readonly number[];
  /** Characters of text directly inside this element, counted by the walk. */
  textLength: number;
}

/** State classes such as "has-sidebar", "with-nav", "no-comments" describe the page, not the element. */
const STATE_CLASS = /(?:^|\s)(?:has|with|without|no|is|show|hide)-[\w-]*/g;

/** The extension's own UI carries this attribute; the walker never reads inside it. */
export const OWN_UI_ATTRIBUTE = 'data-backstory-ui';

/** The few attributes the decisions read, gathered in one pass over the element's attributes. */
interface Attributes {
  names: string;
  role: string | null;
  itemprop: string | null;
  /** Hidden, editable, or the extension's own UI. */
  excluded: boolean;
}

const NO_ATTRIBUTES: Attributes = { names: '', role: null, itemprop: null, excluded: false };

function readAttributes(element: Element): Attributes {
  // Most paragraphs and list items have none: asking is cheaper than listing them.
  if (!element.hasAttributes()) return NO_ATTRIBUTES;
  const attributeNames = element.getAttributeNames();
  let className = '';
  let id = '';
  let role: string | null = null;
  let itemprop: string | null = null;
  let excluded = false;
  // Names first (cheap), values only for the few attributes that matter.
  for (const name of attributeNames) {
    switch (name) {
      case 'class':
        className = element.getAttribute(name) ?? '';
        break;
      case 'id':
        id = element.getAttribute(name) ?? '';
        break;
      case 'role':
        role = element.getAttribute(name);
        break;
      case 'itemprop':
        itemprop = element.getAttribute(name);
        break;
      case 'contenteditable':
        excluded ||= element.getAttribute(name) !== 'false';
        break;
      case 'hidden':
      case OWN_UI_ATTRIBUTE:
        excluded = true;
        break;
    }
  }
  if (!className && !id && role === null && itemprop === null && !excluded) return NO_ATTRIBUTES;
  return { names: id ? `${className} ${id}` : className, role, itemprop, excluded };
}

function isCandidate(tag: string, attributes: Attributes): boolean {
  if (tag === 'ARTICLE' || tag === 'MAIN') return true;
  if (attributes.itemprop === 'articleBody' || attributes.role === 'main' || attributes.role === 'article') return true;
  return attributes.names !== '' && BODY_CLASS.test(attributes.names);
}

function hintOf(tag: string, attributes: Attributes, inherited: ZoneHint): ZoneHint {
  if (inherited === 'peripheral') return 'peripheral';
  const { role, itemprop, names } = attributes;
  if (PERIPHERAL_TAGS.has(tag) || (role !== null && PERIPHERAL_ROLES.has(role))) return 'peripheral';
  if (tag === 'H1' || itemprop === 'headline') return 'headline';
  if (tag === 'FIGCAPTION') return 'caption';
  if (tag === 'HEADER' || role === 'banner') return inherited === 'none' ? 'banner' : inherited;
  if (names !== '') {
    // "Teaser": a paragraph under the headline (German standfirst), or a box of links to other stories.
    if (TEASER_CLASS.test(names)) return tag === 'P' ? 'standfirst' : 'peripheral';
    if (!CONTAINERS.has(tag) && PERIPHERAL_CLASS.test(names.replace(STATE_CLASS, ' '))) return 'peripheral';
    if (HEADLINE_CLASS.test(names) && /^H[1-3]$/.test(tag)) return 'headline';
    if (STANDFIRST_CLASS.test(names) && !CONTAINERS.has(tag)) return 'standfirst';
    if (CAPTION_CLASS.test(names)) return 'caption';
  }
  if (itemprop === 'description' || itemprop === 'alternativeHeadline') return 'standfirst';
  return inherited;
}

/**
 * Per-element decisions for one walk. The walk decides the root from the top of the document
 * (`fromTop`), then each element below it from its parent's decisions (`below`).
 */
export class ElementDecisions {
  private readonly decided: ElementInfo[] = [];
  /** Main-content candidates in the order first met. */
  readonly candidates: Element[] = [];

  /** Every distinct decision so far, once each (a paragraph is counted once, however many links it holds). */
  all(): readonly ElementInfo[] {
    return this.decided;
  }

  /** The decisions for `element`, deciding its ancestors top-down first (no recursion on deep pages). */
  fromTop(element: Element): ElementInfo {
    const chain: Element[] = [];
    for (let cursor: Element | null = element; cursor; cursor = cursor.parentElement) chain.push(cursor);
    let info: ElementInfo | undefined;
    for (let i = chain.length - 1; i >= 0; i--) info = this.decide(chain[i]!, info);
    return info!;
  }

  /** The decisions for a child of an element already decided (a walk knows the parent; no lookup). */
  below(element: Element, parent: ElementInfo): ElementInfo {
    return this.decide(element, parent);
  }

  private decide(element: Element, parent: ElementInfo | undefined): ElementInfo {
    const nodeName = element.nodeName;
    // HTML tag names come upper-case already; SVG and XML ones do not.
    const first = nodeName.charCodeAt(0);
    const tag = first >= 97 && first <= 122 ? nodeName.toUpperCase() : nodeName;
    let info: ElementInfo;
    // Inside a skipped element everything is skipped; links and emphasis take their paragraph's decisions.
    if (parent && (parent.skip || TRANSPARENT_INLINE.has(tag))) return parent;
    const attributes = SKIPPED.has(tag) ? null : readAttributes(element);
    // A <span> with nothing that matters: the same decisions as its parent.
    if (parent && attributes === NO_ATTRIBUTES && PLAIN_INLINE.has(tag)) return parent;
    if (!attributes || attributes.excluded) {
      info = { element, skip: true, block: element, hint: 'none', candidates: [], textLength: 0 };
    } else {
      const inherited = parent?.candidates ?? [];
      let candidates = inherited;
      if (isCandidate(tag, attributes)) {
        candidates = [...inherited, this.candidates.length];
        this.candidates.push(element);
      }
      info = {
        element,
        skip: false,
        block: BLOCKS.has(tag) || !parent ? element : parent.block,
        hint: hintOf(tag, attributes, parent?.hint ?? 'none'),
        candidates,
        textLength: 0,
      };
    }
    this.decided.push(info);
    return info;
  }
}
