import { createEngine } from '../../utils/engine/index';
import { loadNames } from './load-names';
import { benchPages } from './bench-pages';
import { parseHtml } from './dom';
import { collectPageText } from '../../utils/page/collect';
import { runToEnd } from '../../utils/engine/analysis';
const { names } = await loadNames();
const engine = createEngine(names);
const mentionAliases = names.flatMap((r) => r.aliases.filter((a) => !a.ambiguous && (a.form === 'full' || a.form === 'short')).map((a) => a.text));
const page = benchPages(mentionAliases)[2]!;
const parsed = parseHtml(page.html);
const text = runToEnd(collectPageText(parsed.document, {}));
const buf = text.folded.buffer;
const alphabet = new Set<number>();
for (const p of engine.index.patterns) {}
// rebuild keys via internal? approximate: count distinct codes of the buffer that start a pattern
const s = buf.toString();
let letters = 0, spaces = 0, other = 0;
for (let i = 0; i < buf.length; i++) { const c = buf.codes[i]!; if (c === 32) spaces++; else if (/\p{L}/u.test(String.fromCharCode(c))) letters++; else other++; }
console.log({ letters, spaces, other, len: buf.length });
