import { loadNames } from './load-names';
import { normalizeKey } from '../../utils/engine/normalize';
import { cueKeys } from '../../utils/engine/cues';
import { buildAutomaton } from '../../utils/engine/automaton';
const { names } = await loadNames();
for (let i = 0; i < 5; i++) {
  let t = performance.now();
  const keys = [...names.flatMap((r) => r.aliases.map((a) => normalizeKey(a.text))), ...cueKeys().map((c) => c.key)].filter(Boolean);
  const tk = performance.now() - t; t = performance.now();
  const a = buildAutomaton(keys);
  console.log('keys', tk.toFixed(1), 'automaton', (performance.now() - t).toFixed(1), a.size);
}
