import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { build, type Rollup } from 'vite';
import { loadPack } from './load-pack';
import { toNamesModule } from './names';
import { backstoryPack } from './vite-plugin';

const root = mkdtempSync(join(tmpdir(), 'backstory-pack-plugin-'));
const entry = join(root, 'entry.js');
writeFileSync(
  entry,
  "import needs from 'virtual:backstory/needs';\nimport names from 'virtual:backstory/names';\nimport pack from 'virtual:backstory/pack';\nexport { needs, names, pack };\n",
);
afterAll(() => rmSync(root, { recursive: true, force: true }));

const fixture = (name: string) => join(__dirname, 'fixtures', name);

async function bundle(packDir: string): Promise<string> {
  const result = await build({
    root,
    configFile: false,
    logLevel: 'silent',
    plugins: [backstoryPack({ dir: packDir })],
    build: { write: false, minify: false, lib: { entry, formats: ['es'], fileName: 'out' } },
  });
  const outputs = (Array.isArray(result) ? result : [result]) as Rollup.RollupOutput[];
  const chunk = outputs
    .flatMap((output) => output.output)
    .find((item): item is Rollup.OutputChunk => item.type === 'chunk');
  if (!chunk) throw new Error('the build produced no chunk');
  return chunk.code;
}

async function evaluate(code: string): Promise<{ needs: unknown; names: unknown; pack: unknown }> {
  return import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);
}

describe('backstoryPack', () => {
  it('serves the word sets, the names and the validated pack as virtual modules', async () => {
    const built = await evaluate(await bundle(fixture('valid')));
    const pack = loadPack(fixture('valid'));
    // The word sets once: the names module leaves them to the needs module.
    const { needs, ...names } = toNamesModule(pack);
    expect(built.needs).toBe(needs);
    expect(built.names).toEqual(names);
    expect(built.pack).toEqual(pack);
  });

  it('fails the build with the PackError message when the pack does not validate', async () => {
    await expect(bundle(fixture('many-problems'))).rejects.toThrow(
      /failed validation with 3 problems[\s\S]*entries\/alpha-person\.json \[alpha-person\] related\[1\]/,
    );
  });
});
