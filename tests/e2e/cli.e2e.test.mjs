// The built CLI (dist/claimlight.mjs) with plain `node`, as a user runs it after `npm run build`.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
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
  // The knowledge base holds 2026 reports of forces still in Iraq: the plan was not carried out.
  assert.equal(exit2025.kind, 'plan');
  assert.equal(exit2025.outcome, 'not-done');
  assert.ok(exit2025.since.some((s) => s.claim === 'ain-al-asad-handed-over-jan-2026'));
});

test('a broken input gets one line on stderr and exit code 2', () => {
  const { status, stdout, stderr } = cli('annotate', 'tests/fixtures/cli/image.png');
  assert.equal(status, 2);
  assert.equal(stdout, '');
  assert.equal(stderr.trim().split('\n').length, 1);
  assert.match(stderr, /binary file/);
});

test('kb propose writes proposals.json and proposals.md for a library file', () => {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'kb-propose-e2e-'));
  try {
    const { status, stdout, stderr } = cli(
      'kb',
      'propose',
      'tests/fixtures/cli/kb/library.jsonl',
      '--out',
      out,
    );
    assert.equal(status, 0, stderr);
    assert.match(stdout, /3 articles read/);
    const proposals = JSON.parse(fs.readFileSync(path.join(out, 'proposals.json'), 'utf8'));
    assert.ok(proposals.existing.length > 0);
    for (const e of proposals.existing) assert.ok(e.sentence.includes(e.anchor), e.id);
    assert.match(
      fs.readFileSync(path.join(out, 'proposals.md'), 'utf8'),
      /^# Knowledge-base proposals/,
    );
  } finally {
    fs.rmSync(out, { recursive: true, force: true });
  }
});

test('kb check passes the shipped pack and names each problem of a review file', () => {
  assert.equal(cli('kb', 'check').status, 0);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kb-check-e2e-'));
  try {
    const review = path.join(dir, 'review.json');
    fs.writeFileSync(
      review,
      JSON.stringify({ format: 1, decisions: [{ entry: 'lib-01:1', decision: 'reject' }] }),
    );
    const { status, stdout } = cli('kb', 'check', '--review', review);
    assert.equal(status, 1);
    assert.match(
      stdout.trim(),
      /^.*review\.json: decisions\[0\] \("lib-01:1"\) → reason: is missing/,
    );
    assert.equal(stdout.trim().split('\n').length, 1);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
