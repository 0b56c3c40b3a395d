/**
 * The content script ships without WXT's start-up logger, its try/catch and the unread options
 * (scripts/quiet-content-wrapper.ts): the plugin finds WXT's start-up in its own wrapper, and
 * fails the build when it is not there as written.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  CONTENT_WRAPPER,
  OUR_START,
  quietContentWrapper,
  withOurStart,
} from '../../../scripts/quiet-content-wrapper';

/** The wrapper as the installed WXT ships it (its package exports no path to it). */
const WXT_WRAPPER = path.resolve(
  import.meta.dirname,
  '../../../node_modules/wxt/dist/virtual/content-script-isolated-world-entrypoint.mjs',
);
const ENTRY = path.resolve(import.meta.dirname, '../../../entrypoints/content/index.ts');

describe('quietContentWrapper', () => {
  it("replaces WXT's start-up and leaves the rest of its wrapper", () => {
    const source = readFileSync(WXT_WRAPPER, 'utf8');
    const out = withOurStart(source);
    expect(out).toContain(OUR_START);
    expect(out).not.toContain('logger.error(');
    expect(out).not.toContain('catch');
    expect(out.slice(0, out.indexOf(OUR_START))).toBe(source.slice(0, out.indexOf(OUR_START)));
    expect(out).toMatch(/export \{ result as default \};\s*$/);
  });

  it('fails loudly when the start-up is not there as written (WXT changed its wrapper)', () => {
    expect(() =>
      withOurStart(
        'const result = (async () => { try { main(); } catch (err) { throw err; } })();',
      ),
    ).toThrow(/expected/);
    expect(() => withOurStart('const x = 1;')).toThrow(/expected/);
  });

  it("transforms WXT's wrapper of our content script only", () => {
    expect(
      CONTENT_WRAPPER.test(`\0virtual:wxt-content-script-isolated-world-entrypoint?${ENTRY}`),
    ).toBe(true);
    expect(CONTENT_WRAPPER.test(ENTRY)).toBe(false);
    expect(quietContentWrapper().transform('const x = 1;', ENTRY)).toBeNull();
  });
});
