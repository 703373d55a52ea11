import { FoldBuffer } from '../../utils/engine/fold';
import { loadNames } from './load-names';
import { benchPages } from './bench-pages';
import { parseHtml } from './dom';
import { time } from './bench-measure';
const { names } = await loadNames();
const mentionAliases = names.flatMap((r) => r.aliases.filter((a) => !a.ambiguous && (a.form === 'full' || a.form === 'short')).map((a) => a.text));
const page = benchPages(mentionAliases)[2]!;
const parsed = parseHtml(page.html);
const w = parsed.document.createTreeWalker(parsed.document.body, 4);
const datas: string[] = [];
for (let n = w.nextNode(); n; n = w.nextNode()) datas.push((n as Text).data);
const joined = datas.join('');
for (let r = 0; r < 5; r++) {
  const a = time(() => { const b = new FoldBuffer(1 << 16); let base = 0; for (const d of datas) { b.append(d, base); base += d.length; } return b; });
  const b = time(() => { const b = new FoldBuffer(joined.length * 3 + 8); b.append(joined, 0); return b; });
  const c = time(() => { const b = new FoldBuffer(1 << 16); let base = 0; for (const d of datas) { b.append(d, base); base += d.length; } return b; });
  console.log(`per-node ${a.ms.toFixed(1)}  one-string presized ${b.ms.toFixed(1)} per-node again ${c.ms.toFixed(1)} nodes ${datas.length}`);
}
