import { createEngine } from '../../utils/engine/index';
import { loadNames } from './load-names';
import { benchPages } from './bench-pages';
import { parseHtml } from './dom';
import { collectPageText } from '../../utils/page/collect';
import { runToEnd, analysisSteps } from '../../utils/engine/analysis';
import { createHitScanner } from '../../utils/engine/candidates';
import { time } from './bench-measure';
const { names } = await loadNames();
const engine = createEngine(names);
const mentionAliases = names.flatMap((r) => r.aliases.filter((a) => !a.ambiguous && (a.form === 'full' || a.form === 'short')).map((a) => a.text));
const page = benchPages(mentionAliases)[Number(process.argv[2] ?? 2)]!;
const parsed = parseHtml(page.html);
const text = runToEnd(collectPageText(parsed.document, {}));
for (let r = 0; r < 8; r++) {
  const b = time(() => { const s = createHitScanner(engine.index, text.folded); while (!s.step(1e9)); return s; });
  const a = time(() => runToEnd(analysisSteps(engine.index, text.folded, { published: { year: 2022, month: 1, day: 10, source: 'meta' } })));
  const c = time(() => runToEnd(collectPageText(parsed.document, {})));
  console.log(`scan ${b.ms.toFixed(1)} analysis ${a.ms.toFixed(1)} collect ${c.ms.toFixed(1)} mentions ${a.value.mentions.length}`);
}
