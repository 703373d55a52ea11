import { readFileSync } from 'node:fs';
import { createEngine } from '/work/main/utils/engine/index';
import { analyzeDocument } from '/work/main/utils/page/index';
import { parseHtml } from '/work/main/scripts/lib/dom';
import { loadNames } from '/work/main/scripts/lib/load-names';
const file = process.argv[2]!;
const { names } = await loadNames();
const engine = createEngine(names);
const page = parseHtml(readFileSync(file, 'utf8'));
const r = analyzeDocument(page.document, engine);
const text = r.textBetween(0, 1e9);
let z = null; let out = '';
for (let i = 0; i < text.length; i++) { const zz = r.zoneAt(i); if (zz !== z) { out += `\n<<${zz}>>`; z = zz; } out += text[i]; }
console.log(out.slice(0, Number(process.argv[3] ?? 3000)));
console.log(r.stats);
