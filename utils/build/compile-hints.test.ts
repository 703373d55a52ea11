import { describe, expect, it } from 'vitest';
import { ALL_FUNCTIONS_CALLED_ON_LOAD, compileHints } from './compile-hints';

type Bundle = Record<string, { type: 'chunk' | 'asset'; fileName: string; code?: string }>;

function generate(bundle: Bundle, fileNames: string[]): Bundle {
  const plugin = compileHints(fileNames);
  const hook = plugin.generateBundle as (options: unknown, bundle: Bundle) => void;
  hook.call({}, {}, bundle);
  return bundle;
}

describe('compile hints', () => {
  it('marks the named files for eager compilation, first line, and leaves the others lazy', () => {
    const bundle = generate(
      {
        'content-full.js': { type: 'chunk', fileName: 'content-full.js', code: 'var contentFull=(function(){})();' },
        'content-scripts/content.js': { type: 'chunk', fileName: 'content-scripts/content.js', code: 'var content;' },
        'icon.png': { type: 'asset', fileName: 'icon.png' },
      },
      ['content-full.js'],
    );
    expect(bundle['content-full.js']!.code).toBe(`${ALL_FUNCTIONS_CALLED_ON_LOAD}var contentFull=(function(){})();`);
    expect(bundle['content-scripts/content.js']!.code).toBe('var content;');
    expect(bundle['icon.png']!.code).toBeUndefined();
  });
});
