import { createEngine } from '../../utils/engine/index';
import { loadNames } from './load-names';
import { benchPages } from './bench-pages';
import { parseHtml } from './dom';
import { analyzeDocument } from '../../utils/page/index';
import { floorWalk, time } from './bench-measure';
const { names } = await loadNames();
const engine = createEngine(names);
const mentionAliases = names.flatMap((r) => r.aliases.filter((a) => !a.ambiguous && (a.form === 'full' || a.form === 'short')).map((a) => a.text));
const pages = benchPages(mentionAliases);
for (const idx of [0, 2, 3]) {
  const page = pages[idx]!;
  for (let r = 0; r < 3; r++) {
    const d1 = parseHtml(page.html).document; const d2 = parseHtml(page.html).document;
    const fc = time(() => floorWalk(d1)); const fw = time(() => floorWalk(d1));
    const bc = time(() => analyzeDocument(d2, engine)); const bw = time(() => analyzeDocument(d2, engine));
    console.log(`${page.name}: floor cold ${fc.ms.toFixed(1)} warm ${fw.ms.toFixed(1)} | backstory cold ${bc.ms.toFixed(1)} warm ${bw.ms.toFixed(1)}`);
  }
}
