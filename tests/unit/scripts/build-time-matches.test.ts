/**
 * The content script's bundle leaves out its manifest keys (scripts/build-time-matches.ts): the
 * plugin finds each line in the real entrypoint, and fails the build when one is gone.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  buildTimeMatches,
  CONTENT_ENTRY,
  MANIFEST_LINES,
  withoutMatches,
} from '../../../scripts/build-time-matches';

const ENTRY = path.resolve(import.meta.dirname, '../../../entrypoints/content/index.ts');

describe('buildTimeMatches', () => {
  it('removes the manifest lines of the content entrypoint, and nothing else', () => {
    const source = readFileSync(ENTRY, 'utf8');
    const out = withoutMatches(source);
    for (const line of MANIFEST_LINES) expect(out).not.toContain(line);
    const removed = MANIFEST_LINES.reduce((sum, line) => sum + line.length, 0);
    expect(out.length).toBe(source.length - removed);
    expect(out).toContain('async main(');
  });

  it('fails loudly when the line is not there (renamed or moved)', () => {
    expect(() => withoutMatches('export default { matches: SITES, main() {} };')).toThrow(
      /expected one/,
    );
    const source = readFileSync(ENTRY, 'utf8');
    expect(() => withoutMatches(source.replace("runAt: 'document_idle',", ''))).toThrow(/runAt/);
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
