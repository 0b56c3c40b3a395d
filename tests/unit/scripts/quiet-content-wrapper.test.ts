/**
 * The content script ships without WXT's start-up logger (scripts/quiet-content-wrapper.ts):
 * the plugin finds the one crash log in WXT's own wrapper, and fails the build when it is gone.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  CONTENT_WRAPPER,
  CRASH_LOG,
  quietContentWrapper,
  withoutCrashLog,
} from '../../../scripts/quiet-content-wrapper';

/** The wrapper as the installed WXT ships it (its package exports no path to it). */
const WXT_WRAPPER = path.resolve(
  import.meta.dirname,
  '../../../node_modules/wxt/dist/virtual/content-script-isolated-world-entrypoint.mjs',
);
const ENTRY = path.resolve(import.meta.dirname, '../../../entrypoints/content/index.ts');

describe('quietContentWrapper', () => {
  it("removes the crash log of WXT's wrapper and keeps the throw", () => {
    const source = readFileSync(WXT_WRAPPER, 'utf8');
    const out = withoutCrashLog(source);
    expect(out).not.toContain(CRASH_LOG);
    expect(out.length).toBe(source.length - CRASH_LOG.length);
    expect(out).toMatch(/catch \(err\) \{\s*throw err;/);
  });

  it('fails loudly when the call is not there (WXT changed its wrapper)', () => {
    expect(() => withoutCrashLog('try { main(); } catch (err) { throw err; }')).toThrow(
      /expected one/,
    );
  });

  it("transforms WXT's wrapper of our content script only", () => {
    expect(
      CONTENT_WRAPPER.test(`\0virtual:wxt-content-script-isolated-world-entrypoint?${ENTRY}`),
    ).toBe(true);
    expect(CONTENT_WRAPPER.test(ENTRY)).toBe(false);
    expect(quietContentWrapper().transform('const x = 1;', ENTRY)).toBeNull();
  });
});
