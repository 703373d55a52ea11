import { loadNames } from './load-names';
import { normalizeKey } from '../../utils/engine/normalize';
import { cueKeys } from '../../utils/engine/cues';
const { names } = await loadNames();
const keys = [...names.flatMap((r) => r.aliases.map((a) => normalizeKey(a.text))), ...cueKeys().map((c) => c.key)].filter(Boolean);
const prefixes = [new Set<string>(), new Set<string>(), new Set<string>(), new Set<string>(), new Set<string>()];
for (const k of keys) for (let d = 1; d <= 4; d++) if (k.length >= d) prefixes[d]!.add(k.slice(0, d));
console.log(prefixes.map((s) => s.size));
