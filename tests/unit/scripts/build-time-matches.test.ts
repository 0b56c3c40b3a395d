/**
 * The content script's bundle leaves out its `matches` (scripts/build-time-matches.ts): the
 * plugin finds the line in the real entrypoint, and fails the build when it is gone.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  buildTimeMatches,
  CONTENT_ENTRY,
  MATCHES_LINE,
  withoutMatches,
} from '../../../scripts/build-time-matches';

const ENTRY = path.resolve(import.meta.dirname, '../../../entrypoints/content/index.ts');

describe('buildTimeMatches', () => {
  it('removes the one matches line of the content entrypoint, and nothing else', () => {
    const source = readFileSync(ENTRY, 'utf8');
    const out = withoutMatches(source);
    expect(out).not.toContain(MATCHES_LINE);
    expect(out.length).toBe(source.length - MATCHES_LINE.length);
  });

  it('fails loudly when the line is not there (renamed or moved)', () => {
    expect(() => withoutMatches('export default { matches: SITES, main() {} };')).toThrow(
      /expected one/,
    );
  });

  it("transforms the entrypoint's own file only, not WXT's virtual wrapper of it", () => {
    expect(CONTENT_ENTRY.test(ENTRY)).toBe(true);
    expect(
      CONTENT_ENTRY.test(`virtual:wxt-content-script-isolated-world-entrypoint?${ENTRY}`),
    ).toBe(false);
    expect(buildTimeMatches().transform('const x = 1;', '/src/page/other.ts')).toBeNull();
  });

  it('runs in builds only: WXT reads the matches for the manifest in a serve environment', () => {
    expect(buildTimeMatches().apply).toBe('build');
  });
});
