import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { canonicalText, packFileSchema } from '@/utils/pack/canonical';
import { listPackFiles } from '@/utils/pack/read-pack-dir';

const files = listPackFiles(__dirname);

describe('geneva-2022 files are in canonical form', () => {
  it('lists the metadata, the timeline and 60 entry files', () => {
    expect(files.slice(0, 2)).toEqual(['pack.json', 'timeline.json']);
    expect(files.filter((file) => file.startsWith('entries/'))).toHaveLength(60);
  });

  it.each(files)('%s: keys in schema order, two-space JSON, trailing newline', (file) => {
    const text = readFileSync(join(__dirname, file), 'utf8');
    expect(text, 'run: npx tsx utils/pack/format-pack.ts packs/geneva-2022').toBe(canonicalText(text, packFileSchema(file)));
  });
});
