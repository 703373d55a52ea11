import { createEngine } from '../../utils/engine/index';
import { loadNames } from './load-names';
import { benchPages } from './bench-pages';
import { parseHtml } from './dom';
import { collectPageText } from '../../utils/page/collect';
import { runToEnd } from '../../utils/engine/analysis';
import { createHitScanner } from '../../utils/engine/candidates';
import { time } from './bench-measure';
const { names } = await loadNames();
const engine = createEngine(names);
console.log('automaton nodes', engine.index.automaton.size, 'patterns', engine.index.patterns.length);
const mentionAliases = names.flatMap((r) => r.aliases.filter((a) => !a.ambiguous && (a.form === 'full' || a.form === 'short')).map((a) => a.text));
const page = benchPages(mentionAliases)[2]!;
const parsed = parseHtml(page.html);
const text = runToEnd(collectPageText(parsed.document, {}));
const buf = text.folded.buffer;
let count = 0;
for (let r = 0; r < 6; r++) {
  const a = time(() => engine.index.automaton.scan(buf.codes, 0, buf.length, 0, () => { count++; }));
  const b = time(() => { const s = createHitScanner(engine.index, text.folded); while (!s.step(1e9)); return s; });
  console.log(`raw scan ${a.ms.toFixed(1)} hit scanner ${b.ms.toFixed(1)} emits ${count}`);
  count = 0;
}
// count transitions
const keys: string[] = [];
