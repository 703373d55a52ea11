import { loadNames } from './load-names';
import { benchPages } from './bench-pages';
import { parseHtml } from './dom';
import { collectPageText } from '../../utils/page/collect';
import { runToEnd } from '../../utils/engine/analysis';
import { floorWalk, time } from './bench-measure';
const { names } = await loadNames();
const mentionAliases = names.flatMap((r) => r.aliases.filter((a) => !a.ambiguous && (a.form === 'full' || a.form === 'short')).map((a) => a.text));
const page = benchPages(mentionAliases)[Number(process.argv[2] ?? 2)]!;
const parsed = parseHtml(page.html);
for (let r = 0; r < 8; r++) {
  const f = time(() => floorWalk(parsed.document));
  const c = time(() => runToEnd(collectPageText(parsed.document, {})));
  console.log(`floor ${f.ms.toFixed(1)} collect ${c.ms.toFixed(1)} phases ${(globalThis as any).T.map((x: number) => x.toFixed(1)).join(' ')}`);
}
