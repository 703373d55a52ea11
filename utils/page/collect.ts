/**
 * The one pass over the page's text: a `TreeWalker(SHOW_ELEMENT | SHOW_TEXT)` with no filter callback,
 * reading each text node once, folding it straight into the engine's buffer and recording where it
 * starts. Visiting the elements as well keeps the path from the root to the current node, so a text
 * node's ancestors are known without looking them up (a map lookup and a climb up the parents for
 * each new parent cost a sixth of the analysis of a typical article in Node). Blocks are separated by
 * a hard break; inline markup is not ("Sergei <b>Ryabkov</b>" still matches).
 *
 * The walk advances in steps (`step(maxNodes)`), so the caller can slice it and look at the top of
 * the page before walking the rest. `finish()` picks the main content (see `main-content.ts`) and
 * labels every stretch of text with its zone.
 */
import { FoldBuffer } from '../engine/fold';
import { META_BASE, type FoldedDocument, type Zone, type ZoneSpan } from '../engine/types';
import { runToEnd } from '../engine/steps';
import { ElementDecisions, type ElementInfo } from './element-info';
import { chooseMain } from './main-content';
import { nodeIndexAt } from './offsets';

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

/** Elements or text nodes handled between yields when the walk is finished. */
const FINISH_CHUNK = 10_000;

export class PageCollector {
  /** The folded text so far; its zones are filled in by `finish()`. */
  readonly folded: FoldedDocument;
  /** Characters of page text collected so far. */
  length = 0;
  done = false;
  private readonly buffer = FoldBuffer.pooled(1 << 13);
  private readonly zones: ZoneSpan[] = [];
  private readonly bodyStart: number;
  private readonly infos = new ElementDecisions();
  private readonly walker: TreeWalker;
  private readonly nodes: Text[] = [];
  private readonly starts: number[] = [];
  private readonly nodeInfos: ElementInfo[] = [];
  private readonly foldedStarts: number[] = [];
  /**
   * The elements from the root down to the node walked last (`path[0 … depth]`) and their decisions,
   * made only once text needs them (null until then): the walk visits elements too, so it knows each
   * text node's ancestors without climbing up to them or looking them up.
   */
  private readonly path: Node[] = [];
  private readonly pathInfos: Array<ElementInfo | null> = [];
  private depth = 0;
  private lastBlock: Element | null = null;

  constructor(document: Document, options: CollectOptions = {}) {
    const metaText = options.metaText ?? '';
    if (metaText) {
      this.zones.push({ start: 0, zone: 'title' });
      this.buffer.append(metaText, META_BASE);
      this.buffer.breakBlock(META_BASE + metaText.length);
    }
    this.bodyStart = this.buffer.length;
    const root = options.root ?? document.body ?? document.documentElement;
    this.walker = document.createTreeWalker(root, 0x1 | 0x4 /* NodeFilter.SHOW_ELEMENT | SHOW_TEXT */);
    this.path.push(root);
    this.pathInfos.push(null);
    const codeAt = sourceReader(this.nodes, this.starts);
    this.folded = {
      buffer: this.buffer,
      zones: this.zones,
      sourceCodeAt: (index) => (index >= META_BASE ? metaText.charCodeAt(index - META_BASE) : codeAt(index)),
    };
  }

  /**
   * Walks up to `maxNodes` more nodes, stopping early once `untilLength` characters of text have
   * been read; returns true when the walk is complete.
   */
  step(maxNodes: number, untilLength = Number.POSITIVE_INFINITY): boolean {
    const { walker, buffer, nodes, starts, nodeInfos, foldedStarts, path, pathInfos } = this;
    let length = this.length;
    let depth = this.depth;
    let lastBlock = this.lastBlock;
    let visited = 0;
    let exhausted = false;
    while (visited++ < maxNodes && length < untilLength) {
      const node = walker.nextNode();
      if (!node) {
        exhausted = true;
        break;
      }
      const parent = node.parentNode;
      while (depth >= 0 && path[depth] !== parent) depth--;
      // Only where the page moved nodes between two steps is the parent not on the path.
      if (depth < 0 && (depth = this.repath(parent)) < 0) continue;
      if (node.nodeType === 1) {
        path[++depth] = node;
        pathInfos[depth] = null;
        continue;
      }
      const info = pathInfos[depth] ?? this.decidePath(depth);
      if (info.skip) continue;
      const data = (node as Text).data;
      if (data.length === 0) continue;
      if (info.block !== lastBlock) {
        buffer.breakBlock(length);
        lastBlock = info.block;
      }
      nodes.push(node as Text);
      starts.push(length);
      nodeInfos.push(info);
      foldedStarts.push(buffer.length);
      buffer.append(data, length);
      length += data.length;
      info.textLength += data.length;
    }
    this.length = length;
    this.depth = depth;
    this.lastBlock = lastBlock;
    if (exhausted) this.done = true;
    return this.done;
  }

  /**
   * Puts `parent` and its ancestors up to the root on the path, keeping the decisions of those still
   * on it, and returns its depth; -1 when it is no longer inside the root (its text is not read).
   */
  private repath(parent: Node | null): number {
    const { path, pathInfos } = this;
    const chain: Node[] = [];
    let cursor = parent;
    while (cursor && cursor !== path[0]) {
      chain.push(cursor);
      cursor = cursor.parentNode;
    }
    if (!cursor) return -1;
    let same = true;
    for (let depth = 1; depth <= chain.length; depth++) {
      const element = chain[chain.length - depth]!;
      same &&= path[depth] === element;
      path[depth] = element;
      if (!same) pathInfos[depth] = null;
    }
    return chain.length;
  }

  /** Decides `path[depth]`, and the ancestors on the path not decided yet, top-down. */
  private decidePath(depth: number): ElementInfo {
    const { path, pathInfos, infos } = this;
    pathInfos[0] ??= infos.fromTop(path[0] as Element);
    let at = depth;
    while (pathInfos[at] === null) at--;
    let info = pathInfos[at]!;
    while (at < depth) {
      info = infos.below(path[++at] as Element, info);
      pathInfos[at] = info;
    }
    return info;
  }

  /** After the walk: the main content and the zones. */
  finish(): PageText {
    return runToEnd(this.finishing());
  }

  /** The same as steps, yielding every `FINISH_CHUNK` elements or nodes (a page may have 100,000). */
  *finishing(): Generator<void, PageText, void> {
    this.buffer.trimEnd();
    const { infos, nodes, starts, nodeInfos, foldedStarts } = this;
    const candidateText: number[] = [];
    const blockText = new Map<Element, number>();
    let count = 0;
    for (const info of infos.all()) {
      if (++count % FINISH_CHUNK === 0) yield;
      if (info.textLength === 0 || info.skip || info.hint === 'peripheral') continue;
      for (const candidate of info.candidates)
        candidateText[candidate] = (candidateText[candidate] ?? 0) + info.textLength;
      blockText.set(info.block, (blockText.get(info.block) ?? 0) + info.textLength);
    }
    yield;
    const main = chooseMain(infos.candidates, candidateText, blockText);
    // The article around the main text (its header with byline, its figures) belongs to it too.
    const scope = main?.closest('article') ?? main;
    const scopeCandidate = scope ? infos.candidates.indexOf(scope) : -1;
    const inScope = (info: ElementInfo) =>
      scope === null ||
      (scopeCandidate >= 0
        ? info.candidates.includes(scopeCandidate)
        : scope === info.element || scope.contains(info.element));
    const zoneByInfo = new Map<ElementInfo, Zone>();
    const sourceZones: PageText['sourceZones'] = [];
    let current: Zone | null = null;
    for (let i = 0; i < nodes.length; i++) {
      if (i > 0 && i % FINISH_CHUNK === 0) yield;
      const info = nodeInfos[i]!;
      let zone = zoneByInfo.get(info);
      if (zone === undefined) {
        zone = finalZone(info.hint, inScope(info), scope !== null);
        zoneByInfo.set(info, zone);
      }
      if (zone !== current) {
        this.zones.push({ start: Math.max(this.bodyStart, foldedStarts[i]!), zone });
        sourceZones.push({ start: starts[i]!, zone });
        current = zone;
      }
    }
    return { folded: this.folded, nodes, starts, length: this.length, sourceZones, main };
  }

  /** Gives the folded text's arrays back for the next analysis, once the analysis is complete. */
  release(): void {
    this.buffer.release();
  }
}

/** The whole walk at once. */
export function collectPageText(document: Document, options: CollectOptions = {}): PageText {
  const collector = new PageCollector(document, options);
  while (!collector.step(Number.MAX_SAFE_INTEGER));
  return collector.finish();
}

function finalZone(hint: ElementInfo['hint'], inMain: boolean, hasMain: boolean): Zone {
  switch (hint) {
    case 'peripheral':
      return 'peripheral';
    case 'headline':
    case 'standfirst':
    case 'caption':
      return hint;
    case 'banner':
      return inMain && hasMain ? 'body' : 'peripheral';
    default:
      return inMain ? 'body' : 'outside';
  }
}

/**
 * The code unit at a page-text offset. The scan and the rules read forward, mostly in the node read
 * last or the next one, so those are tried before a binary search (thousands of reads on a big page).
 */
function sourceReader(nodes: readonly Text[], starts: readonly number[]): (offset: number) => number {
  let at = 0;
  return (offset) => {
    if (!(starts[at]! <= offset && (at + 1 >= starts.length || offset < starts[at + 1]!))) {
      at =
        at + 2 < starts.length && starts[at + 1]! <= offset && offset < starts[at + 2]!
          ? at + 1
          : nodeIndexAt(starts, offset);
    }
    return nodes[at]?.data.charCodeAt(offset - starts[at]!) ?? 0;
  };
}
