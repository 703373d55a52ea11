import { loadNames } from './load-names';
import { benchPages } from './bench-pages';
import { parseHtml } from './dom';
import { FoldBuffer } from '../../utils/engine/fold';
import { time } from './bench-measure';
const { names } = await loadNames();
const mentionAliases = names.flatMap((r) => r.aliases.filter((a) => !a.ambiguous && (a.form === 'full' || a.form === 'short')).map((a) => a.text));
const page = benchPages(mentionAliases)[2]!;
const d = parseHtml(page.html).document;
const w = d.createTreeWalker(d.body, 4);
const datas: string[] = [];
for (let n = w.nextNode(); n; n = w.nextNode()) datas.push((n as Text).data);
const flat = datas.map((s) => (' ' + s).slice(1)).map(s => { const x = s.split('').join(''); return x; });
const table = new Int32Array(65536).fill(-3);
for (let c = 0; c < 65536; c++) { const ch = String.fromCharCode(c); const l = ch.toLowerCase(); table[c] = /\s/.test(ch) ? 32 : l.length === 1 ? l.charCodeAt(0) : -2; }
function simple(parts: string[]) {
  let codes = new Uint16Array(3 << 20), map = new Uint32Array(3 << 20), length = 0, lastSpace = true, base = 0;
  for (const text of parts) { const n = text.length;
    for (let i = 0; i < n; i++) { const code = text.charCodeAt(i); const f = table[code]!;
      if (f === 32) { if (!lastSpace) { codes[length] = 32; map[length++] = base + i; lastSpace = true; } }
      else if (f >= 0) { codes[length] = f; map[length++] = base + i; lastSpace = false; } }
    base += n; }
  return length;
}
function fb(parts: string[]) { const b = new FoldBuffer(3 << 20); let c = 0; for (const s of parts) { b.append(s, c); c += s.length; } return b.length; }
for (let r = 0; r < 6; r++) console.log(`simple(dom) ${time(() => simple(datas)).ms.toFixed(1)} simple(flat) ${time(() => simple(flat)).ms.toFixed(1)} fb(dom) ${time(() => fb(datas)).ms.toFixed(1)} fb(flat) ${time(() => fb(flat)).ms.toFixed(1)}`);
