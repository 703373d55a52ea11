import { createEngine } from '../../utils/engine/index';
import { loadNames } from './load-names';
import { benchPages } from './bench-pages';
import { parseHtml } from './dom';
import { readMetadata } from '../../utils/page/metadata';
import { PageCollector } from '../../utils/page/collect';
import { runToEnd } from '../../utils/engine/analysis';
import { floorWalk } from './bench-measure';
const { names } = await loadNames();
const engine = createEngine(names);
const mentionAliases = names.flatMap((r) => r.aliases.filter((a) => !a.ambiguous && (a.form === 'full' || a.form === 'short')).map((a) => a.text));
const page = benchPages(mentionAliases)[Number(process.argv[2] ?? 0)]!;
const d = parseHtml(page.html).document;
const N = Number(process.argv[3] ?? 300);
const acc: Record<string, number> = {};
const t = (k: string, f: () => any) => { const s = performance.now(); const v = f(); acc[k] = (acc[k] ?? 0) + performance.now() - s; return v; };
for (let i = 0; i < N; i++) {
  t('floor', () => floorWalk(d));
  const m = t('meta', () => readMetadata(d));
  const c = t('collector', () => new PageCollector(d, { metaText: m.title }));
  const s = t('session', () => engine.session(c.folded));
  t('walk', () => { while (!c.step(1500)); });
  t('scan', () => s.scanAvailable());
  const text = t('finishWalk', () => c.finish());
  const a = t('finishAnalysis', () => runToEnd(s.finish({ published: m.published })));
}
for (const [k, v] of Object.entries(acc)) console.log(k.padEnd(16), (v / N).toFixed(3), 'ms');
