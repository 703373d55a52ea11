import { createEngine } from '../../utils/engine/index';
import { loadNames } from './load-names';
import { benchPages } from './bench-pages';
import { parseHtml } from './dom';
import { analyzeDocument } from '../../utils/page/index';
import { floorWalk, time } from './bench-measure';
const { names } = await loadNames();
const engine = createEngine(names);
const mentionAliases = names.flatMap((r) => r.aliases.filter((a) => !a.ambiguous && (a.form === 'full' || a.form === 'short')).map((a) => a.text));
const which = Number(process.argv[2] ?? 0);
const page = benchPages(mentionAliases)[which]!;
const parsed = parseHtml(page.html);
const d = parsed.document;
const reps = Number(process.argv[3] ?? 6);
const t0 = performance.now();
for (let rep = 0; rep < reps; rep++) { const f = time(() => floorWalk(d)); const a = time(() => analyzeDocument(d, engine)); console.log(`floor ${f.ms.toFixed(1)} full ${a.ms.toFixed(1)}`); }
