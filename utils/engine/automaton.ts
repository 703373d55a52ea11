/**
 * Aho–Corasick over UTF-16 code units, written for this engine (PERF.md §3: the npm packages either
 * ride on Intl.Segmenter or keep only the longest pattern per position).
 *
 * Built once from the folded keys. Transitions are stored flat: a dense table for the root (one read
 * per character while nothing matches, which is most of a page) and sorted edge lists for the other
 * nodes. Every node has a failure link and a dictionary-suffix link (the nearest node, along the
 * failure chain, where a pattern ends), so a scan reports EVERY pattern ending at each position. That
 * is what lets a boundary-rejected long match ("xсергей рябков") fall back to a shorter one ("рябков").
 */

export interface Automaton {
  /** Number of trie nodes (root included). */
  readonly size: number;
  /** Finds the pattern occurrences in `codes[from, to)`, resuming from `state` (0 at the start). */
  scan(codes: Uint16Array, from: number, to: number, state: number, onMatch: MatchSink): number;
}

/** Called for each pattern occurrence: `end` is exclusive; `length` the pattern length in code units. */
export type MatchSink = (pattern: number, end: number, length: number) => void;

interface BuildNode {
  children: Map<number, number>;
  depth: number;
}

export function buildAutomaton(keys: readonly string[]): Automaton {
  const nodes: BuildNode[] = [{ children: new Map(), depth: 0 }];
  const firstPattern: number[] = [-1];
  const nextSameKey = new Int32Array(keys.length).fill(-1);

  keys.forEach((key, pattern) => {
    if (key.length === 0) return;
    let node = 0;
    for (let i = 0; i < key.length; i++) {
      const code = key.charCodeAt(i);
      let child = nodes[node]!.children.get(code);
      if (child === undefined) {
        child = nodes.length;
        nodes.push({ children: new Map(), depth: nodes[node]!.depth + 1 });
        firstPattern.push(-1);
        nodes[node]!.children.set(code, child);
      }
      node = child;
    }
    nextSameKey[pattern] = firstPattern[node]!;
    firstPattern[node] = pattern;
  });

  const size = nodes.length;
  const fail = new Int32Array(size);
  const reportFrom = new Int32Array(size); // the node itself if a pattern ends there, else its dictionary link; 0 = none
  const dictionaryLink = new Int32Array(size);
  const depth = new Int32Array(size);
  const edgeStart = new Int32Array(size + 1);
  const edgeCodes: number[] = [];
  const edgeTargets: number[] = [];
  const rootNext = new Int32Array(65536);

  // Breadth-first: a node's failure target is always shallower, so it is complete when we reach the node.
  const queue: number[] = [];
  for (const [code, child] of nodes[0]!.children) {
    rootNext[code] = child;
    queue.push(child);
  }
  for (let head = 0; head < queue.length; head++) {
    const node = queue[head]!;
    depth[node] = nodes[node]!.depth;
    const failTarget = fail[node]!;
    dictionaryLink[node] = firstPattern[failTarget]! >= 0 ? failTarget : dictionaryLink[failTarget]!;
    reportFrom[node] = firstPattern[node]! >= 0 ? node : dictionaryLink[node]!;
    for (const [code, child] of nodes[node]!.children) {
      let probe = failTarget;
      let target = 0;
      for (;;) {
        const next = probe === 0 ? rootNext[code]! : nodes[probe]!.children.get(code);
        if (next !== undefined && next !== 0) {
          target = next;
          break;
        }
        if (probe === 0) break;
        probe = fail[probe]!;
      }
      fail[child] = target;
      queue.push(child);
    }
  }

  for (let node = 0; node < size; node++) {
    edgeStart[node] = edgeCodes.length;
    if (node === 0) continue;
    const sorted = [...nodes[node]!.children].sort((a, b) => a[0] - b[0]);
    for (const [code, child] of sorted) {
      edgeCodes.push(code);
      edgeTargets.push(child);
    }
  }
  edgeStart[size] = edgeCodes.length;
  const patternAt = Int32Array.from(firstPattern);
  const edgeCode = Uint16Array.from(edgeCodes);
  const edgeTarget = Int32Array.from(edgeTargets);

  function scan(codes: Uint16Array, from: number, to: number, startState: number, onMatch: MatchSink): number {
    let state = startState;
    for (let i = from; i < to; i++) {
      const code = codes[i]!;
      for (;;) {
        if (state === 0) {
          state = rootNext[code]!;
          break;
        }
        let next = 0;
        for (let e = edgeStart[state]!, end = edgeStart[state + 1]!; e < end; e++) {
          const edge = edgeCode[e]!;
          if (edge === code) {
            next = edgeTarget[e]!;
            break;
          }
          if (edge > code) break;
        }
        if (next !== 0) {
          state = next;
          break;
        }
        state = fail[state]!;
      }
      let report = reportFrom[state]!;
      while (report !== 0) {
        for (let pattern = patternAt[report]!; pattern >= 0; pattern = nextSameKey[pattern]!) {
          onMatch(pattern, i + 1, depth[report]!);
        }
        report = dictionaryLink[report]!;
      }
    }
    return state;
  }

  return { size, scan };
}
