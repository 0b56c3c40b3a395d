// The built CLI (dist/claimlight.mjs) with plain `node`, as a user runs it after `npm run build`.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const cli = (...args) =>
  spawnSync(process.execPath, [path.join(root, 'dist/claimlight.mjs'), ...args], {
    cwd: root,
    encoding: 'utf8',
  });

test('annotate --json on a demo page prints the documented shape', () => {
  const { status, stdout, stderr } = cli('annotate', 'demo/coalition-timeline.html', '--json');
  assert.equal(status, 0, stderr);
  const out = JSON.parse(stdout);
  assert.match(out.published, /^\d{4}-\d{2}-\d{2}$/);
  const exit2025 = out.highlights.find((h) => h.claim === 'full-exit-end-2025');
  assert.ok(exit2025, 'the end-of-next-year sentence is highlighted as the 2025 position');
  assert.equal(exit2025.position, 'end-2025');
  assert.deepEqual(
    exit2025.corroborating.map((s) => s.source),
    ['rudaw'],
  );
  assert.ok(exit2025.contradicting.some((s) => s.source === 'cradle' && s.says));
});

test('a broken input gets one line on stderr and exit code 2', () => {
  const { status, stdout, stderr } = cli('annotate', 'tests/fixtures/cli/image.png');
  assert.equal(status, 2);
  assert.equal(stdout, '');
  assert.equal(stderr.trim().split('\n').length, 1);
  assert.match(stderr, /binary file/);
});
