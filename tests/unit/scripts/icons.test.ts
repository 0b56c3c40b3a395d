/** The committed icon set: every size the manifest names exists, is a PNG, and has that size. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(__dirname, '../../..');

/** Width and height from a PNG's IHDR chunk (bytes 16–23), after checking the signature. */
function pngSize(file: string): { width: number; height: number } {
  const bytes = readFileSync(file);
  expect(bytes.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe('icons', () => {
  const config = readFileSync(path.join(root, 'wxt.config.ts'), 'utf8');
  const named = [...config.matchAll(/(\d+): 'icon\/(\d+)\.png'/g)];

  it('the manifest names the four sizes, for the extension and the toolbar button', () => {
    expect(named.map((m) => Number(m[1]))).toEqual([16, 32, 48, 128]);
    expect(config).toMatch(/icons: ICONS/);
    expect(config).toMatch(/default_icon: ICONS/);
  });

  it.each([16, 32, 48, 128])('public/icon/%i.png is a square PNG of that size', (size) => {
    expect(pngSize(path.join(root, `public/icon/${size}.png`))).toEqual({
      width: size,
      height: size,
    });
  });
});
