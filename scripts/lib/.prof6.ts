import { loadNames } from './load-names';
import { benchPages } from './bench-pages';
import { parseHtml } from './dom';
import { collectPageText } from '../../utils/page/collect';
import { runToEnd } from '../../utils/engine/analysis';
import { normalizeKey } from '../../utils/engine/normalize';
import { cueKeys } from '../../utils/engine/cues';
import { buildAutomaton } from '../../utils/engine/automaton';
import { time } from './bench-measure';
const { names } = await loadNames();
const keys = [...names.flatMap((r) => r.aliases.map((a) => normalizeKey(a.text))), ...names.flatMap((r) => (r.references ?? []).flatMap((x) => x.text.split(/\s*…\s*/).map(normalizeKey))), ...cueKeys().map((c) => c.key)].filter(Boolean);
const mentionAliases = names.flatMap((r) => r.aliases.filter((a) => !a.ambiguous && (a.form === 'full' || a.form === 'short')).map((a) => a.text));
const page = benchPages(mentionAliases)[2]!;
const parsed = parseHtml(page.html);
const text = runToEnd(collectPageText(parsed.document, {}));
const { codes, length } = text.folded.buffer;
// full DFA over compact alphabet
const alpha = new Uint8Array(65536); let A = 1;
for (const k of keys) for (const ch of k) { const c = ch.charCodeAt(0); if (!alpha[c]) alpha[c] = A++; }
console.log('alphabet', A, 'keys', keys.length);
const t0 = performance.now();
const children: Map<number, number>[] = [new Map()]; const out: boolean[] = [false];
for (const k of keys) { let n = 0; for (const ch of k) { const a = alpha[ch.charCodeAt(0)]!; let c = children[n]!.get(a); if (c === undefined) { c = children.length; children.push(new Map()); out.push(false); children[n]!.set(a, c); } n = c; } out[n] = true; }
const N = children.length;
const delta = new Int32Array(N * A); const fail = new Int32Array(N); const q: number[] = [];
for (const [a, c] of children[0]!) { delta[a] = c; q.push(c); }
for (let h = 0; h < q.length; h++) { const n = q[h]!; const f = fail[n]!; for (let a = 1; a < A; a++) { const c = children[n]!.get(a); if (c !== undefined) { fail[c] = delta[f * A + a]!; delta[n * A + a] = c; q.push(c); } else delta[n * A + a] = delta[f * A + a]!; } }
console.log('dfa build ms', (performance.now() - t0).toFixed(1), 'nodes', N, 'MB', (N * A * 4 / 2 ** 20).toFixed(1));
const ac = buildAutomaton(keys);
for (let r = 0; r < 5; r++) {
  const x = time(() => { let s = 0, hits = 0; for (let i = 0; i < length; i++) { s = delta[s * A + alpha[codes[i]!]!]!; if (out[s]) hits++; } return hits; });
  const y = time(() => { let hits = 0; ac.scan(codes, 0, length, 0, () => { hits++; }); return hits; });
  console.log(`dfa ${x.ms.toFixed(1)} current ${y.ms.toFixed(1)}`);
}
