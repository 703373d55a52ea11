/**
 * The one pass over the page's text: a `TreeWalker(SHOW_TEXT)` with no filter callback, reading each
 * text node once, folding it straight into the engine's buffer and recording where it starts. Blocks
 * are separated by a hard break; inline markup is not ("Sergei <b>Ryabkov</b>" still matches).
 *
 * After the walk it picks the main content (the article/main/articleBody candidate with the most
 * text, descending into a nested candidate that holds most of it; else the element whose paragraphs
 * hold the most text) and labels every stretch of text with its zone.
 * Written as a generator: it yields every `NODES_PER_STEP` text nodes so the caller can slice it.
 */
import { FoldBuffer } from '../engine/fold';
import { META_BASE, type FoldedDocument, type Zone, type ZoneSpan } from '../engine/types';
import { ElementInfoCache, type ElementInfo } from './element-info';
import { chooseMain } from './main-content';

export const NODES_PER_STEP = 1500;

export interface PageText {
  folded: FoldedDocument;
  /** Included text nodes in document order, and the page-text offset where each starts. */
  nodes: Text[];
  starts: number[];
  /** Length of the page text (the included nodes' data, concatenated). */
  length: number;
  /** Zones over the page text: each starts at a page-text offset and runs to the next. */
  sourceZones: Array<{ start: number; zone: Zone }>;
  main: Element | null;
}

export interface CollectOptions {
  /** Metadata text (title, description) analysed in the `title` zone, not part of the page text. */
  metaText?: string;
  root?: Element;
}

export function* collectPageText(document: Document, options: CollectOptions = {}): Generator<void, PageText, void> {
  const root = options.root ?? document.body ?? document.documentElement;
  const metaText = options.metaText ?? '';
  const buffer = new FoldBuffer(4096);
  const zones: ZoneSpan[] = [];
  if (metaText) {
    zones.push({ start: 0, zone: 'title' });
    buffer.append(metaText, META_BASE);
    buffer.breakBlock(META_BASE + metaText.length);
  }
  const bodyStart = buffer.length;
  const infos = new ElementInfoCache();
  const nodes: Text[] = [];
  const starts: number[] = [];
  const nodeInfos: ElementInfo[] = [];
  const foldedStarts: number[] = [];
  const candidateText: number[] = [];
  const blockText = new Map<Element, number>();
  let length = 0;
  let lastParent: Element | null = null;
  let lastInfo: ElementInfo | null = null;
  let lastBlock: Element | null = null;

  const walker = document.createTreeWalker(root, 0x4 /* NodeFilter.SHOW_TEXT */);
  let visited = 0;
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    if (++visited % NODES_PER_STEP === 0) yield;
    const parent = node.parentNode as Element | null;
    if (!parent) continue;
    const info: ElementInfo = parent === lastParent ? lastInfo! : infos.get(parent);
    lastParent = parent;
    lastInfo = info;
    if (info.skip) continue;
    const data = node.data;
    if (data.length === 0) continue;
    if (info.block !== lastBlock) {
      buffer.breakBlock(length);
      lastBlock = info.block;
    }
    nodes.push(node);
    starts.push(length);
    nodeInfos.push(info);
    foldedStarts.push(buffer.length);
    buffer.append(data, length);
    length += data.length;
    if (info.hint !== 'peripheral') {
      for (const candidate of info.candidates) candidateText[candidate] = (candidateText[candidate] ?? 0) + data.length;
      blockText.set(info.block, (blockText.get(info.block) ?? 0) + data.length);
    }
  }
  buffer.trimEnd();
  yield;

  const main = chooseMain(infos.candidates, candidateText, blockText);
  // The article around the main text (its header with byline, its figures) belongs to it too.
  const scope = main?.closest('article') ?? main;
  const zoneCache = new Map<ElementInfo, Zone>();
  const zoneOf = (info: ElementInfo): Zone => {
    let zone = zoneCache.get(info);
    if (zone === undefined) {
      zone = finalZone(info, scope);
      zoneCache.set(info, zone);
    }
    return zone;
  };
  const sourceZones: PageText['sourceZones'] = [];
  let current: Zone | null = null;
  for (let i = 0; i < nodes.length; i++) {
    const zone = zoneOf(nodeInfos[i]!);
    if (zone !== current) {
      zones.push({ start: Math.max(bodyStart, foldedStarts[i]!), zone });
      sourceZones.push({ start: starts[i]!, zone });
      current = zone;
    }
  }
  const sourceCodeAt = (index: number) => (index >= META_BASE ? metaText.charCodeAt(index - META_BASE) : codeAt(nodes, starts, index));
  return { folded: { buffer, zones, sourceCodeAt }, nodes, starts, length, sourceZones, main };
}

function finalZone(info: ElementInfo, scope: Element | null): Zone {
  const inMain = scope === null || scope === info.element || scope.contains(info.element);
  switch (info.hint) {
    case 'peripheral':
      return 'peripheral';
    case 'headline':
    case 'standfirst':
    case 'caption':
      return info.hint;
    case 'banner':
      return inMain && scope !== null ? 'body' : 'peripheral';
    default:
      return inMain ? 'body' : 'outside';
  }
}

/** Index of the node containing page-text offset `offset` (binary search over `starts`). */
export function nodeIndexAt(starts: readonly number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

function codeAt(nodes: readonly Text[], starts: readonly number[], offset: number): number {
  const at = nodeIndexAt(starts, offset);
  return nodes[at]?.data.charCodeAt(offset - starts[at]!) ?? 0;
}

/** The zone of page-text offset `offset`. */
export function zoneAtOffset(zones: PageText['sourceZones'], offset: number): Zone | null {
  if (zones.length === 0 || offset < zones[0]!.start) return null;
  let lo = 0;
  let hi = zones.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (zones[mid]!.start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return zones[lo]!.zone;
}
