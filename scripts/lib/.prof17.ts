import { createEngine } from '../../utils/engine/index';
import { loadNames } from './load-names';
import { benchPages } from './bench-pages';
import { parseHtml } from './dom';
import { collectPageText } from '../../utils/page/collect';
import { runToEnd } from '../../utils/engine/analysis';
import { toPageMention } from '../../utils/page/page-mentions';
const { names } = await loadNames();
const engine = createEngine(names);
const mentionAliases = names.flatMap((r) => r.aliases.filter((a) => !a.ambiguous && (a.form === 'full' || a.form === 'short')).map((a) => a.text));
const page = benchPages(mentionAliases)[2]!;
const p = parseHtml(page.html); const d = p.document;
const text = collectPageText(d, {});
const acc: Record<string, number> = {};
const t = (k: string, f: () => any) => { const s = performance.now(); const v = f(); acc[k] = (acc[k] ?? 0) + performance.now() - s; return v; };
const N = 15;
for (let i = 0; i < N; i++) {
  const s = engine.session(text.folded);
  t('scan', () => s.scanAvailable());
  const a = t('finish', () => runToEnd(s.finish({ published: { year: 2022, month: 1, day: 10, source: 'meta' } })));
  t('pageMentions', () => a.mentions.map((m: any) => toPageMention(d, text, m)));
}
for (const [k, v] of Object.entries(acc)) console.log(k.padEnd(16), (v / N).toFixed(2), 'ms');
