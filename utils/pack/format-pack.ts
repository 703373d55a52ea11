/**
 * Rewrites a pack's files in canonical form (keys in schema order, two-space JSON, timeline sorted by
 * date). Usage: `npx tsx utils/pack/format-pack.ts packs/geneva-2022`.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { canonicalize, packFileSchema, serializePackJson } from './canonical';
import { listPackFiles, TIMELINE_FILE } from './read-pack-dir';

function byDate(a: { date?: unknown }, b: { date?: unknown }): number {
  return String(a.date).localeCompare(String(b.date));
}

export function formatPackDir(dir: string): string[] {
  const changed: string[] = [];
  for (const file of listPackFiles(dir)) {
    const path = join(dir, file);
    const before = readFileSync(path, 'utf8');
    let value = canonicalize(JSON.parse(before), packFileSchema(file));
    if (file === TIMELINE_FILE && Array.isArray(value)) value = [...value].sort(byDate);
    const after = serializePackJson(value);
    if (after !== before) {
      writeFileSync(path, after);
      changed.push(file);
    }
  }
  return changed;
}

const [dir] = process.argv.slice(2);
if (dir && import.meta.url === `file://${process.argv[1]}`) {
  const changed = formatPackDir(dir);
  console.log(changed.length ? `formatted ${changed.join(', ')}` : 'already canonical');
}
