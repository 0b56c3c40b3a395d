/**
 * The broken-pack corpus (tests/fixtures/kb-broken/): each case is a small patch to the real
 * story pack (a field deleted or changed, a file cut off or removed). Every case must fail the
 * check with a message naming the file, the entry and the field, and the build must stop: the
 * story module is never produced and esbuild writes no bundle.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';
import { afterAll, describe, expect, it } from 'vitest';
import { loadAndCheck } from '../../../data/load-kb';
import { storyEsbuildPlugin, storyModuleSource } from '../../../scripts/story-plugin';

const repo = path.resolve(__dirname, '../../..');
const dataDir = path.join(repo, 'data');
const seedsDir = path.resolve(repo, '../shared/seeds');
const corpus = path.join(repo, 'tests/fixtures/kb-broken');
const PACK_FILES = ['sources', 'questions', 'claims', 'vocabulary', 'origins'];

type Patch = {
  /** The pack file to break, e.g. "claims.json". */
  file: string;
  /** Where in the file: list indexes and object keys. */
  path?: (string | number)[];
  /** Replace the value at `path`. */
  set?: unknown;
  /** Remove the key at `path`. */
  delete?: boolean;
  /** Replace the whole file with this text (for files that are not JSON any more). */
  raw?: string;
  /** Remove the file from the pack. */
  deleteFile?: boolean;
};
type Case = {
  description: string;
  patch: Patch[];
  /** The start of each message expected, without the folder: "claims.json: claim \"x\" → field". */
  expect: string[];
  /** Other messages follow from this one mistake (e.g. every statement of a renamed source). */
  more?: boolean;
};

const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'claimlight-broken-'));
afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }));
// The build looks for the seed articles at ../../shared/seeds from the pack (data/ in a checkout
// beside shared/), so each scratch pack is laid out the same way.
fs.mkdirSync(path.join(scratch, 'shared'));
fs.symlinkSync(seedsDir, path.join(scratch, 'shared', 'seeds'));

/** A copy of the real pack in its own folder, with the case's patches applied. */
function brokenPack(name: string, patches: Patch[]): string {
  const dir = path.join(scratch, name, 'data');
  fs.mkdirSync(dir, { recursive: true });
  for (const f of PACK_FILES)
    fs.copyFileSync(path.join(dataDir, `${f}.json`), path.join(dir, `${f}.json`));
  for (const p of patches) {
    const file = path.join(dir, p.file);
    if (p.deleteFile) fs.rmSync(file);
    else if (p.raw !== undefined) fs.writeFileSync(file, p.raw);
    else {
      const json = JSON.parse(fs.readFileSync(file, 'utf8'));
      const keys = p.path ?? [];
      const parent = keys.slice(0, -1).reduce((node, key) => node[key], json);
      const last = keys[keys.length - 1] as string | number;
      if (!(last in parent)) throw new Error(`${name}: ${p.file} has no ${keys.join('.')}`);
      if (p.delete) delete parent[last];
      else parent[last] = p.set;
      fs.writeFileSync(file, JSON.stringify(json, null, 2));
    }
  }
  return dir;
}

const cases = fs
  .readdirSync(corpus)
  .filter((f) => f.endsWith('.json'))
  .sort()
  .map(
    (f) =>
      [
        f.replace(/\.json$/, ''),
        JSON.parse(fs.readFileSync(path.join(corpus, f), 'utf8')) as Case,
      ] as const,
  );

describe('the broken-pack corpus', () => {
  it('covers the kinds of mistake an editor makes', () => {
    expect(cases.map(([name]) => name)).toEqual(
      expect.arrayContaining([
        'missing-statement',
        'unknown-source',
        'duplicate-id',
        'duplicate-source-id',
        'impossible-date',
        'anchor-not-in-source',
        'empty-positions',
        'unknown-concept',
        'empty-phrasing',
        'duplicate-phrasing',
      ]),
    );
  });

  describe.each(cases)('%s', (name, { description, patch, expect: expected, more }) => {
    const dir = brokenPack(name, patch);
    const label = path.relative(process.cwd(), dir);

    it(`fails the check naming file, entry and field (${description})`, () => {
      const { errors } = loadAndCheck(dir, seedsDir);
      expect(errors.length).toBeGreaterThan(0);
      const local = errors.map((e) => {
        expect(e.startsWith(`${label}/`), e).toBe(true);
        return e.slice(label.length + 1);
      });
      for (const want of expected)
        expect(
          local.some((e) => e.startsWith(want)),
          `expected a message starting "${want}", got:\n${local.join('\n')}`,
        ).toBe(true);
      // One mistake, one message: a bad field must not also make its entry unknown elsewhere.
      if (!more) expect(local, local.join('\n')).toHaveLength(expected.length);
      // Every message says which file, and (unless the whole file is unusable) which entry/field.
      for (const e of local)
        expect(e).toMatch(/^(sources|questions|claims|vocabulary|origins)\.json: \S/);
    });

    it('stops the build: no story module, no bundle written', async () => {
      expect(() => storyModuleSource(dir)).toThrow(/Knowledge base check failed/);
      const outfile = path.join(scratch, `${name}.mjs`);
      await expect(
        build({
          stdin: { contents: "import story from 'virtual:claimlight-story'; export { story };" },
          bundle: true,
          format: 'esm',
          outfile,
          logLevel: 'silent',
          plugins: [storyEsbuildPlugin(dir)],
        }),
      ).rejects.toThrow(/Knowledge base check failed/);
      expect(fs.existsSync(outfile)).toBe(false);
    });
  });

  it('the unbroken copy passes and builds, so each failure above is the patch', async () => {
    const dir = brokenPack('control', []);
    expect(loadAndCheck(dir, seedsDir).errors).toEqual([]);
    const outfile = path.join(scratch, 'control.mjs');
    await build({
      stdin: { contents: "import story from 'virtual:claimlight-story'; export { story };" },
      bundle: true,
      format: 'esm',
      outfile,
      logLevel: 'silent',
      plugins: [storyEsbuildPlugin(dir)],
    });
    expect(fs.statSync(outfile).size).toBeGreaterThan(1000);
  }, 30_000);
});
