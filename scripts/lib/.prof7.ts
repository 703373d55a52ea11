import { loadNames } from './load-names';
import { createEngine } from '../../utils/engine/index';
const { names } = await loadNames();
for (let i = 0; i < 4; i++) { const t = performance.now(); createEngine(names); console.log('createEngine ms', (performance.now() - t).toFixed(1)); }
