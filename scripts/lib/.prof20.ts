import { loadNames } from './load-names';
import { benchPages } from './bench-pages';
import { parseHtml } from './dom';
import { time } from './bench-measure';
const { names } = await loadNames();
const mentionAliases = names.flatMap((r) => r.aliases.filter((a) => !a.ambiguous && (a.form === 'full' || a.form === 'short')).map((a) => a.text));
const page = benchPages(mentionAliases)[2]!;
const d = parseHtml(page.html).document;
const els = Array.from(d.body.querySelectorAll('*'));
const v: Record<string, () => number> = {
  hasThenNames: () => { let c = 0; for (const e of els) { if (!e.hasAttributes()) continue; c += e.getAttributeNames().length; } return c; },
  namesOnly: () => { let c = 0; for (const e of els) { c += e.getAttributeNames().length; } return c; },
  parentEl: () => { let c = 0; for (const e of els) if (e.parentElement) c++; return c; },
  parentNode: () => { let c = 0; for (const e of els) if (e.parentNode) c++; return c; },
  nodeName: () => { let c = 0; for (const e of els) c += e.nodeName.length; return c; },
  mapGet: (() => { const m = new Map(els.map((e) => [e, 1])); return () => { let c = 0; for (const e of els) c += m.get(e)!; return c; }; })(),
};
for (let r = 0; r < 6; r++) { const out: string[] = []; for (const [k, fn] of Object.entries(v)) out.push(`${k} ${time(fn).ms.toFixed(1)}`); console.log(out.join('  ')); }
