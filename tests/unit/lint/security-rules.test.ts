/**
 * The security lint rules (biome.json's override for our code folders, plus the GritQL plugin
 * scripts/lint/no-html-sinks.grit) really fire: no eval, no new Function, no string timers, no
 * HTML sinks. The fixtures are copied into a scratch project that uses the same configuration,
 * so the rules are proven on code they must reject, and our own folders are proven clean.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const repo = path.resolve(__dirname, '../../..');
const biome = path.join(repo, 'node_modules/.bin/biome');
const config = JSON.parse(fs.readFileSync(path.join(repo, 'biome.json'), 'utf8'));
const override = config.overrides.find((o: { plugins?: string[] }) => o.plugins);

type Diagnostic = { category: string; location: { path: string; start: { line: number } } };

/** Runs `biome lint` with the JSON reporter in `cwd` and returns its diagnostics. */
function lint(cwd: string, targets: string[]): Diagnostic[] {
  const run = spawnSync(biome, ['lint', '--reporter=json', '--max-diagnostics=none', ...targets], {
    cwd,
    encoding: 'utf8',
  });
  const start = run.stdout.indexOf('{');
  expect(start, run.stderr).toBeGreaterThanOrEqual(0);
  return JSON.parse(run.stdout.slice(start)).diagnostics;
}

const SECURITY = new Set([
  'plugin',
  'lint/security/noGlobalEval',
  'lint/security/noDangerouslySetInnerHtml',
  'lint/nursery/noImpliedEval',
  'lint/nursery/noJsRestrictedProperties',
]);

describe('the security lint rules', () => {
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'claimlight-lint-'));
  afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }));
  // Same rules, with the plugin's path made absolute so it resolves from the scratch folder.
  const scratchConfig = {
    ...config,
    $schema: undefined,
    overrides: [
      { ...override, plugins: override.plugins.map((p: string) => path.resolve(repo, p)) },
    ],
  };
  fs.writeFileSync(path.join(scratch, 'biome.json'), JSON.stringify(scratchConfig));
  const fixtures = path.join(repo, 'tests/fixtures/lint');

  it.each([
    ['page', 'unsafe-code.ts'],
    ['cli', 'unsafe-code.ts'],
    ['components', 'unsafe-component.tsx'],
  ])('reports every unsafe line of %s/%s and nothing else', (folder, name) => {
    const source = fs.readFileSync(path.join(fixtures, `${name}.txt`), 'utf8');
    fs.mkdirSync(path.join(scratch, folder), { recursive: true });
    fs.writeFileSync(path.join(scratch, folder, name), source);
    const unsafeLines = source
      .split('\n')
      .flatMap((line, i) => (line.endsWith('// unsafe') ? [i + 1] : []));
    expect(unsafeLines.length).toBeGreaterThan(0);
    const reported = lint(scratch, [`${folder}/${name}`]).filter((d) => SECURITY.has(d.category));
    expect([...new Set(reported.map((d) => d.location.start.line))].sort((a, b) => a - b)).toEqual(
      unsafeLines,
    );
  });

  it('applies to every folder that ships or runs our code', () => {
    expect(override.includes).toEqual(
      expect.arrayContaining(['entrypoints/**', 'components/**', 'page/**', 'engine/**', 'cli/**']),
    );
  });

  it('finds nothing in our own code', () => {
    const reported = lint(repo, ['entrypoints', 'components', 'page', 'engine', 'cli', 'scripts']);
    expect(reported.filter((d) => SECURITY.has(d.category))).toEqual([]);
    // It lints the whole code base in a child process: seconds, more on a busy machine.
  }, 30_000);
});
