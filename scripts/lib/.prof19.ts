import { loadNames } from './load-names';
import { benchPages } from './bench-pages';
import { parseHtml } from './dom';
import { time } from './bench-measure';
const { names } = await loadNames();
const mentionAliases = names.flatMap((r) => r.aliases.filter((a) => !a.ambiguous && (a.form === 'full' || a.form === 'short')).map((a) => a.text));
const page = benchPages(mentionAliases)[2]!;
const d = parseHtml(page.html).document;
const els = Array.from(d.body.querySelectorAll('*')).filter((e) => e.hasAttributes());
console.log('elements with attributes', els.length);
const v: Record<string, () => number> = {
  attributesIter: () => { let c = 0; for (const e of els) { const l = e.attributes; for (let i = 0; i < l.length; i++) c += l[i]!.name.length + l[i]!.value.length; } return c; },
  getAttributeNames: () => { let c = 0; for (const e of els) { for (const n of e.getAttributeNames()) c += n.length + (e.getAttribute(n) ?? '').length; } return c; },
  getAttribute4: () => { let c = 0; for (const e of els) { c += (e.getAttribute('class') ?? '').length + (e.getAttribute('id') ?? '').length + (e.getAttribute('role') ?? '').length + (e.getAttribute('itemprop') ?? '').length; } return c; },
  classNameId: () => { let c = 0; for (const e of els) { c += e.className.length + e.id.length; } return c; },
};
for (let r = 0; r < 5; r++) { const out: string[] = []; for (const [k, fn] of Object.entries(v)) out.push(`${k} ${time(fn).ms.toFixed(1)}`); console.log(out.join('  ')); }
