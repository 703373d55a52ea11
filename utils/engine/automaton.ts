/**
 * Aho–Corasick over UTF-16 code units, written for this engine (PERF.md §3: the npm packages either
 * ride on Intl.Segmenter or keep only the longest pattern per position).
 *
 * Code units are first mapped to a compact alphabet (the units that occur in some key; anything else
 * sends the scan straight back to the root). Trie nodes are numbered breadth-first, so the children
 * of a node are consecutive numbers, sorted by letter. Shallow nodes — where a scan of ordinary prose
 * spends nearly all its time — get a dense row of transitions with the failure links already
 * resolved; deeper nodes search their children and follow failure links until they reach a shallow
 * node. Every node has a dictionary-suffix link (the nearest node, along the failure chain, where a
 * pattern ends), so a scan reports EVERY pattern ending at each position: a boundary-rejected long
 * match ("xсергей рябков") can fall back to a shorter one ("рябков").
 *
 * Building is two steps: `buildTrie` (the keys → the trie and its failure links: the costly part) and
 * `assemble` (everything else, in a few linear passes). The trie is small and can be written out
 * (`encodeTrie`) at build time, so a page that needs the automaton only decodes and assembles it.
 */

export interface Automaton {
  /** Number of trie nodes (root included). */
  readonly size: number;
  /** Finds the pattern occurrences in `codes[from, to)`, resuming from `state` (0 at the start). */
  scan(codes: Uint16Array, from: number, to: number, state: number, onMatch: MatchSink): number;
}

/** Called for each pattern occurrence: `end` is exclusive; `length` the pattern length in code units. */
export type MatchSink = (pattern: number, end: number, length: number) => void;

/** Unsigned integers, in the narrowest array that holds them (see `trie-codec.ts`). */
export type Uints = Uint8Array | Uint16Array | Uint32Array;

/** The trie, breadth-first: what `assemble` needs, and all that is stored. */
export interface Trie {
  /** The alphabet: `letters[k - 1]` is the code unit of letter `k` (letters are in code order). */
  letters: Uint16Array;
  /** Per node, how many children it has (node 0 is the root). */
  childCount: Uints;
  /** Per node, the letter on the edge into it (0 for the root). */
  letterOf: Uints;
  /** Per node, its failure link. */
  fail: Uints;
  /** Per pattern, 1 + the node where its key ends (0 for an empty key). */
  terminal: Uints;
  /** Per pattern, its key's length in code units (the depth of its end node). */
  keyLength: Uints;
}

/** Nodes this shallow get a dense transition row. */
const DENSE_DEPTH = 3;

export function buildAutomaton(keys: readonly string[]): Automaton {
  return assemble(buildTrie(keys));
}

/** The trie of `keys` with its failure links. */
export function buildTrie(keys: readonly string[]): Trie {
  const used = new Set<number>();
  let maxNodes = 1;
  for (const key of keys) {
    maxNodes += key.length;
    for (let i = 0; i < key.length; i++) used.add(key.charCodeAt(i));
  }
  const letters = Uint16Array.from([...used].sort((a, b) => a - b));
  const alphabet = new Map<number, number>();
  letters.forEach((code, k) => alphabet.set(code, k + 1));

  // First in insertion order, from the keys sorted: each key shares with the previous one the path of
  // their common prefix, and a node's children are appended in letter order (sibling lists).
  const firstChild = new Int32Array(maxNodes);
  const lastChild = new Int32Array(maxNodes);
  const nextSibling = new Int32Array(maxNodes);
  const letterAt = new Uint32Array(maxNodes);
  const endsAt = new Int32Array(keys.length).fill(-1);
  const order = keys
    .map((_, pattern) => pattern)
    .filter((pattern) => keys[pattern]!.length > 0)
    .sort((a, b) => (keys[a]! < keys[b]! ? -1 : keys[a]! > keys[b]! ? 1 : a - b));
  const path = [0];
  let previous = '';
  let size = 1;
  for (const pattern of order) {
    const key = keys[pattern]!;
    const shorter = Math.min(previous.length, key.length);
    let common = 0;
    while (common < shorter && previous.charCodeAt(common) === key.charCodeAt(common)) common++;
    let node = path[common]!;
    for (let i = common; i < key.length; i++) {
      const child = size++;
      letterAt[child] = alphabet.get(key.charCodeAt(i))!;
      if (lastChild[node] === 0) firstChild[node] = child;
      else nextSibling[lastChild[node]!] = child;
      lastChild[node] = child;
      node = child;
      path[i + 1] = node;
    }
    endsAt[pattern] = node;
    previous = key;
  }

  // Then renumbered breadth-first, with the failure links: a node's failure target is shallower, so
  // it is complete before the node.
  const number = new Int32Array(size);
  const childCount = new Uint32Array(size);
  const letterOf = new Uint32Array(size);
  const fail = new Uint32Array(size);
  const queue = new Int32Array(size);
  let tail = 1;
  const firstOf = new Uint32Array(size);
  /** The child of (breadth-first) node `node` on `letter`, or -1; children are consecutive and sorted. */
  const childOn = (node: number, letter: number): number => {
    for (let child = firstOf[node]!, end = child + childCount[node]!; child < end; child++) {
      if (letterOf[child] === letter) return child;
      if (letterOf[child]! > letter) break;
    }
    return -1;
  };
  for (let head = 0; head < tail; head++) {
    const old = queue[head]!;
    firstOf[head] = tail;
    for (let child = firstChild[old]!; child !== 0; child = nextSibling[child]!) {
      number[child] = tail;
      letterOf[tail] = letterAt[child]!;
      queue[tail++] = child;
      childCount[head] = childCount[head]! + 1;
    }
    // Failure links of this node's children (this node and everything shallower are complete).
    for (let child = firstOf[head]!, end = child + childCount[head]!; child < end; child++) {
      if (head === 0) continue;
      let probe = fail[head]!;
      for (;;) {
        const next = childOn(probe, letterOf[child]!);
        if (next >= 0) {
          fail[child] = next;
          break;
        }
        if (probe === 0) break;
        probe = fail[probe]!;
      }
    }
  }
  const terminal = Uint32Array.from(endsAt, (node) => (node < 0 ? 0 : number[node]! + 1));
  const keyLength = Uint32Array.from(keys, (key) => key.length);
  return { letters, childCount, letterOf, fail, terminal, keyLength };
}

/**
 * The automaton over a trie: alphabet table, child ranges, dense rows; then the scan. Which pattern
 * to report from a node is worked out when a scan first needs it instead of for all nodes up front
 * (a page assembles this once, cold, before it can show a mark), and the key lengths come with the
 * trie: working them out as node depths was a pass over every node, 1–2 ms of that cold start.
 */
export function assemble(trie: Trie): Automaton {
  const { letters, childCount, letterOf, fail, terminal, keyLength } = trie;
  const size = childCount.length;
  const width = letters.length + 1;
  const alphabet = new Uint16Array(65536);
  letters.forEach((code, k) => (alphabet[code] = k + 1));

  // Children of node n are edgeStart[n] … edgeStart[n + 1] - 1; the edge into node c has letter letterOf[c].
  const edgeStart = new Int32Array(size + 1);
  edgeStart[0] = 1;
  for (let node = 0; node < size; node++) edgeStart[node + 1] = edgeStart[node]! + childCount[node]!;

  // Patterns sharing a key are chained, the last listed first.
  const patternAt = new Int32Array(size).fill(-1);
  const nextSameKey = new Int32Array(terminal.length).fill(-1);
  // Per node: itself if a pattern ends there, else the nearest node on its failure chain where one
  // does (its dictionary link), 0 for none; -1 until first needed (see `reportOf`).
  const reportFrom = new Int32Array(size).fill(-1);
  reportFrom[0] = 0;
  for (let pattern = 0; pattern < terminal.length; pattern++) {
    const node = terminal[pattern]! - 1;
    if (node < 0) continue;
    nextSameKey[pattern] = patternAt[node]!;
    patternAt[node] = pattern;
    reportFrom[node] = node;
  }

  // Breadth-first numbering puts the nodes at most DENSE_DEPTH deep first: rows 0 … rows - 1.
  // The nodes one level deeper than nodes 0 … n - 1 end where the children of node n start.
  let rows = 1;
  for (let depth = 1; depth <= DENSE_DEPTH; depth++) rows = edgeStart[rows]!;
  const dense = new Int32Array(rows * width);
  for (let node = 0; node < rows; node++) {
    const row = node * width;
    // A dense row is its failure target's row (shallower, so dense and complete) with its own children on top.
    if (node !== 0) dense.copyWithin(row, fail[node]! * width, fail[node]! * width + width);
    for (let child = edgeStart[node]!, end = edgeStart[node + 1]!; child < end; child++)
      dense[row + letterOf[child]!] = child;
  }

  /** `reportFrom[node]`, working it out (and for the failure chain on the way) the first time. */
  function reportOf(node: number): number {
    let probe = node;
    while (reportFrom[probe]! < 0) probe = fail[probe]!;
    const answer = reportFrom[probe]!;
    for (probe = node; reportFrom[probe]! < 0; probe = fail[probe]!) reportFrom[probe] = answer;
    return answer;
  }

  function scan(codes: Uint16Array, from: number, to: number, startState: number, onMatch: MatchSink): number {
    let state = startState;
    for (let i = from; i < to; i++) {
      const letter = alphabet[codes[i]!]!;
      if (letter === 0) {
        state = 0;
        continue;
      }
      for (;;) {
        if (state < rows) {
          state = dense[state * width + letter]!;
          break;
        }
        let next = 0;
        for (let child = edgeStart[state]!, end = edgeStart[state + 1]!; child < end; child++) {
          const edge = letterOf[child]!;
          if (edge === letter) {
            next = child;
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
      if (report < 0) report = reportOf(state);
      while (report !== 0) {
        for (let pattern = patternAt[report]!; pattern >= 0; pattern = nextSameKey[pattern]!) {
          onMatch(pattern, i + 1, keyLength[pattern]!);
        }
        const up = fail[report]!;
        report = reportFrom[up]!;
        if (report < 0) report = reportOf(up);
      }
    }
    return state;
  }

  return { size, scan };
}
