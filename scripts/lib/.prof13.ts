import { loadNames } from './load-names';
import { benchPages } from './bench-pages';
import { parseHtml } from './dom';
import { FoldBuffer } from '../../utils/engine/fold';
import { time } from './bench-measure';
const { names } = await loadNames();
const mentionAliases = names.flatMap((r) => r.aliases.filter((a) => !a.ambiguous && (a.form === 'full' || a.form === 'short')).map((a) => a.text));
const page = benchPages(mentionAliases)[Number(process.argv[2] ?? 2)]!;
const d = parseHtml(page.html).document;
const els = Array.from(d.body.querySelectorAll('*'));
console.log('elements', els.length, 'with attrs', els.filter(e => e.hasAttributes()).length);
const v: Record<string, () => number> = {
  hasAttributes: () => { let c = 0; for (const e of els) if (e.hasAttributes()) c++; return c; },
  attrsIter: () => { let c = 0; for (const e of els) { if (!e.hasAttributes()) continue; const l = e.attributes; for (let i = 0; i < l.length; i++) c += l[i]!.name.length; } return c; },
  getAttr2: () => { let c = 0; for (const e of els) { if (!e.hasAttributes()) continue; c += (e.getAttribute('class') ?? '').length + (e.getAttribute('id') ?? '').length; } return c; },
  className: () => { let c = 0; for (const e of els) { c += e.className.length + e.id.length; } return c; },
  nodeName: () => { let c = 0; for (const e of els) c += e.nodeName.length; return c; },
  tagName: () => { let c = 0; for (const e of els) c += e.tagName.length; return c; },
  mapSetGet: () => { const m = new Map(); for (const e of els) m.set(e, 1); let c = 0; for (const e of els) c += m.get(e); return c; },
  parentEl: () => { let c = 0; for (const e of els) if (e.parentElement) c++; return c; },
  foldPresized: () => { const w = d.createTreeWalker(d.body, 4); const b = new FoldBuffer(3 << 20); let c = 0; for (let n = w.nextNode(); n; n = w.nextNode()) { const data = (n as Text).data; b.append(data, c); c += data.length; } return c; },
  foldGrow: () => { const w = d.createTreeWalker(d.body, 4); const b = new FoldBuffer(1 << 16); let c = 0; for (let n = w.nextNode(); n; n = w.nextNode()) { const data = (n as Text).data; b.append(data, c); c += data.length; } return c; },
};
for (let r = 0; r < 5; r++) {
  const out: string[] = [];
  for (const [k, fn] of Object.entries(v)) out.push(`${k} ${time(fn).ms.toFixed(1)}`);
  console.log(out.join('  '));
}
