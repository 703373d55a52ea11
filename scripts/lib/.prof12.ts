import { loadNames } from './load-names';
import { benchPages } from './bench-pages';
import { parseHtml } from './dom';
import { FoldBuffer } from '../../utils/engine/fold';
import { ElementInfoCache } from '../../utils/page/element-info';
import { time } from './bench-measure';
const { names } = await loadNames();
const mentionAliases = names.flatMap((r) => r.aliases.filter((a) => !a.ambiguous && (a.form === 'full' || a.form === 'short')).map((a) => a.text));
const page = benchPages(mentionAliases)[Number(process.argv[2] ?? 2)]!;
const d = parseHtml(page.html).document;
const v: Record<string, () => number> = {
  floor: () => { const w = d.createTreeWalker(d.body, 4); let c = 0; for (let n = w.nextNode(); n; n = w.nextNode()) c += (n as Text).data.length; return c; },
  parent: () => { const w = d.createTreeWalker(d.body, 4); let c = 0; for (let n = w.nextNode(); n; n = w.nextNode()) { c += (n as Text).data.length; if (n.parentNode) c++; } return c; },
  infos: () => { const w = d.createTreeWalker(d.body, 4); const cache = new ElementInfoCache(); let c = 0; let lp: any = null; let li: any = null; for (let n = w.nextNode(); n; n = w.nextNode()) { const p = n.parentNode as Element; const i = p === lp ? li : cache.get(p); lp = p; li = i; if (!i.skip) c += (n as Text).data.length; } return c; },
  infosFold: () => { const w = d.createTreeWalker(d.body, 4); const cache = new ElementInfoCache(); const b = new FoldBuffer(1 << 16); let c = 0; let lp: any = null; let li: any = null; for (let n = w.nextNode(); n; n = w.nextNode()) { const p = n.parentNode as Element; const i = p === lp ? li : cache.get(p); lp = p; li = i; if (!i.skip) { const data = (n as Text).data; b.append(data, c); c += data.length; } } return c; },
  foldOnly: () => { const w = d.createTreeWalker(d.body, 4); const b = new FoldBuffer(1 << 16); let c = 0; for (let n = w.nextNode(); n; n = w.nextNode()) { const data = (n as Text).data; b.append(data, c); c += data.length; } return c; },
};
for (let r = 0; r < 6; r++) {
  const out: string[] = [];
  for (const [k, fn] of Object.entries(v)) out.push(`${k} ${time(fn).ms.toFixed(1)}`);
  console.log(out.join('  '));
}
