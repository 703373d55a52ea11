import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ICON_DIR = join(__dirname, '..', '..', 'public', 'icon');
// Chrome asks for 16, 32, 48 and 128; Firefox for 48 and 96.
const STORE_SIZES = [16, 32, 48, 96, 128];

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: string): { width: number; height: number } {
  const bytes = readFileSync(file);
  expect(bytes.subarray(1, 4).toString('ascii')).toBe('PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe('icons', () => {
  it.each(STORE_SIZES)('public/icon/%i.png is a %i px square PNG', (size) => {
    expect(pngSize(join(ICON_DIR, `${size}.png`))).toEqual({ width: size, height: size });
  });
});
