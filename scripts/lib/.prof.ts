import { createEngine } from '../../utils/engine/index';
import { loadNames } from './load-names';
import { benchPages } from './bench-pages';
import { parseHtml } from './dom';
import { readMetadata } from '../../utils/page/metadata';
import { firstLookAtPage } from '../../utils/page/first-look';
import { collectPageText } from '../../utils/page/collect';
import { analysisSteps, runToEnd } from '../../utils/engine/analysis';
import { floorWalk, time } from './bench-measure';
import { createHitScanner } from '../../utils/engine/candidates';
const { names } = await loadNames();
const engine = createEngine(names);
const mentionAliases = names.flatMap((r) => r.aliases.filter((a) => !a.ambiguous && (a.form === 'full' || a.form === 'short')).map((a) => a.text));
const which = Number(process.argv[2] ?? 0);
const page = benchPages(mentionAliases)[which]!;
const parsed = parseHtml(page.html);
const d = parsed.document;
for (let rep = 0; rep < 4; rep++) {
  const f = time(() => floorWalk(d));
  const m = time(() => readMetadata(d));
  const fl = time(() => firstLookAtPage(d, engine, m.value));
  const c = time(() => runToEnd(collectPageText(d, { metaText: m.value.title })));
  const sc = time(() => { const s = createHitScanner(engine.index, c.value.folded); while (!s.step(1e9)); return s; });
  const a = time(() => runToEnd(analysisSteps(engine.index, c.value.folded, { published: m.value.published })));
  console.log(`floor ${f.ms.toFixed(1)} meta ${m.ms.toFixed(1)} firstlook ${fl.ms.toFixed(1)} collect ${c.ms.toFixed(1)} scan ${sc.ms.toFixed(1)} analysis ${a.ms.toFixed(1)} (folded ${c.value.folded.buffer.length}, hits ${sc.value.hits.aliases.length}/${sc.value.hits.cues.length})`);
}
