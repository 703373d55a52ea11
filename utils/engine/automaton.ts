/**
 * Aho–Corasick over UTF-16 code units, written for this engine (PERF.md §3: the npm packages either
 * ride on Intl.Segmenter or keep only the longest pattern per position).
 *
 * Built once from the folded keys. Code units are first mapped to a compact alphabet (the units that
 * occur in some key; anything else sends the scan straight back to the root). Shallow nodes — where
 * a scan of ordinary prose spends nearly all its time — get a dense row of transitions with the
 * failure links already resolved; deeper nodes keep sorted edge lists and follow failure links until
 * they reach a shallow node. Every node has a dictionary-suffix link (the nearest node, along the
 * failure chain, where a pattern ends), so a scan reports EVERY pattern ending at each position: a
 * boundary-rejected long match ("xсергей рябков") can fall back to a shorter one ("рябков").
 */

export interface Automaton {
  /** Number of trie nodes (root included). */
  readonly size: number;
  /** Finds the pattern occurrences in `codes[from, to)`, resuming from `state` (0 at the start). */
  scan(codes: Uint16Array, from: number, to: number, state: number, onMatch: MatchSink): number;
}

/** Called for each pattern occurrence: `end` is exclusive; `length` the pattern length in code units. */
export type MatchSink = (pattern: number, end: number, length: number) => void;

/** Nodes this shallow get a dense transition row. */
const DENSE_DEPTH = 3;

export function buildAutomaton(keys: readonly string[]): Automaton {
  // Compact alphabet: 0 is "in no key".
  const alphabet = new Uint16Array(65536);
  const letters: number[] = [];
  for (const key of keys) {
    for (let i = 0; i < key.length; i++) {
      const code = key.charCodeAt(i);
      if (alphabet[code] === 0) {
        letters.push(code);
        alphabet[code] = letters.length;
      }
    }
  }
  const width = letters.length + 1;

  // The trie.
  const children: Array<Map<number, number>> = [new Map()];
  const depthOf: number[] = [0];
  const firstPattern: number[] = [-1];
  const nextSameKey = new Int32Array(keys.length).fill(-1);
  keys.forEach((key, pattern) => {
    if (key.length === 0) return;
    let node = 0;
    for (let i = 0; i < key.length; i++) {
      const letter = alphabet[key.charCodeAt(i)]!;
      let child = children[node]!.get(letter);
      if (child === undefined) {
        child = children.length;
        children.push(new Map());
        depthOf.push(depthOf[node]! + 1);
        firstPattern.push(-1);
        children[node]!.set(letter, child);
      }
      node = child;
    }
    nextSameKey[pattern] = firstPattern[node]!;
    firstPattern[node] = pattern;
  });

  const size = children.length;
  const fail = new Int32Array(size);
  const dictionaryLink = new Int32Array(size);
  const reportFrom = new Int32Array(size); // the node itself if a pattern ends there, else its dictionary link; 0 = none
  const depth = Int32Array.from(depthOf);
  const patternAt = Int32Array.from(firstPattern);
  const rowOf = new Int32Array(size).fill(-1);
  let rows = 0;
  for (let node = 0; node < size; node++) if (depthOf[node]! <= DENSE_DEPTH) rowOf[node] = width * rows++;
  const dense = new Int32Array(rows * width);

  /** Goto with failures resolved, for building: only ever asked of nodes already complete. */
  const step = (node: number, letter: number): number => {
    for (let probe = node; ; probe = fail[probe]!) {
      if (rowOf[probe]! >= 0) return dense[rowOf[probe]! + letter]!;
      const child = children[probe]!.get(letter);
      if (child !== undefined) return child;
    }
  };

  // Breadth-first, so a node's failure target (always shallower) is complete before the node.
  const queue = [0];
  for (let head = 0; head < queue.length; head++) {
    const node = queue[head]!;
    if (node !== 0) {
      const failTarget = fail[node]!;
      dictionaryLink[node] = patternAt[failTarget]! >= 0 ? failTarget : dictionaryLink[failTarget]!;
      reportFrom[node] = patternAt[node]! >= 0 ? node : dictionaryLink[node]!;
    }
    for (const [letter, child] of children[node]!) {
      fail[child] = node === 0 ? 0 : step(fail[node]!, letter);
      queue.push(child);
    }
    const row = rowOf[node]!;
    if (row >= 0) {
      for (let letter = 1; letter < width; letter++) {
        const child = children[node]!.get(letter);
        dense[row + letter] = child ?? (node === 0 ? 0 : step(fail[node]!, letter));
      }
    }
  }

  // Sorted edge lists for the deep nodes.
  const edgeStart = new Int32Array(size + 1);
  const edgeLetters: number[] = [];
  const edgeTargets: number[] = [];
  for (let node = 0; node < size; node++) {
    edgeStart[node] = edgeLetters.length;
    if (rowOf[node]! >= 0) continue;
    for (const [letter, child] of [...children[node]!].sort((a, b) => a[0] - b[0])) {
      edgeLetters.push(letter);
      edgeTargets.push(child);
    }
  }
  edgeStart[size] = edgeLetters.length;
  const edgeLetter = Uint16Array.from(edgeLetters);
  const edgeTarget = Int32Array.from(edgeTargets);

  function scan(codes: Uint16Array, from: number, to: number, startState: number, onMatch: MatchSink): number {
    let state = startState;
    for (let i = from; i < to; i++) {
      const letter = alphabet[codes[i]!]!;
      if (letter === 0) {
        state = 0;
        continue;
      }
      for (;;) {
        const row = rowOf[state]!;
        if (row >= 0) {
          state = dense[row + letter]!;
          break;
        }
        let next = 0;
        for (let e = edgeStart[state]!, end = edgeStart[state + 1]!; e < end; e++) {
          const edge = edgeLetter[e]!;
          if (edge === letter) {
            next = edgeTarget[e]!;
            break;
          }
          if (edge > letter) break;
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
