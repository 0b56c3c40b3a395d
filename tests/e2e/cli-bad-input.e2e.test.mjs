// The built CLI (dist/claimlight.mjs) as a separate process on input too large or too odd for the
// unit tests: a 20 MB page, a gzip save, and the exit codes and one-line errors the README lists.
// Files are generated into a temporary folder; the repository holds none of them.
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'claimlight-cli-e2e-'));
after(() => fs.rmSync(dir, { recursive: true, force: true }));
const cli = (...args) =>
  spawnSync(process.execPath, [path.join(root, 'dist/claimlight.mjs'), ...args], {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
const write = (name, bytes) => {
  const file = path.join(dir, name);
  fs.writeFileSync(file, bytes);
  return file;
};
const CLAIM =
  'All coalition forces would be out of Iraq by the end of 2025, an adviser to the Iraqi prime minister said.';

test('a 20 MB page: read like the extension reads it (the first 400,000 characters), and said so', () => {
  const filler =
    '<p>Officials met on Tuesday to discuss the weather and the price of bread in the markets.</p>\n';
  const body = filler.repeat(Math.ceil(20e6 / filler.length));
  const late = CLAIM.replace('2025', '2026');
  const file = write('big.html', `<html><body><p>${CLAIM}</p>${body}<p>${late}</p></body></html>`);
  assert.ok(fs.statSync(file).size >= 20e6);
  const { status, stdout, stderr } = cli('annotate', file, '--json');
  assert.equal(status, 0, stderr);
  assert.match(stderr.trim(), /^claimlight: note: .*only the first 400,000 characters/);
  assert.equal(stderr.trim().split('\n').length, 1);
  const out = JSON.parse(stdout);
  assert.equal(out.truncatedAt, 400_000);
  assert.deepEqual(
    out.highlights.map((h) => h.claim),
    ['full-exit-end-2025'],
  );
});

test('a gzip save is unpacked', () => {
  const html = `<html><body><p>${CLAIM}</p></body></html>`;
  const { status, stdout, stderr } = cli(
    'annotate',
    write('page.html.gz', gzipSync(html)),
    '--json',
  );
  assert.equal(status, 0, stderr);
  assert.deepEqual(
    JSON.parse(stdout).highlights.map((h) => h.claim),
    ['full-exit-end-2025'],
  );
});

for (const [name, args, message] of [
  [
    'an impossible date',
    ['annotate', 'demo/coalition-timeline.html', '--published', '2024-02-30'],
    /2024-02-30/,
  ],
  ['an unknown flag', ['annotate', 'demo/coalition-timeline.html', '--colour'], /Unknown option/],
  ['a missing file', ['annotate', 'no-such-page.html'], /no such file/],
  ['an empty file', ['annotate', write('empty.html', '')], /empty file/],
  ['an unknown export format', ['kb', 'export', '--format', 'csv'], /--format claimreview/],
])
  test(`${name}: exit 2, one line on stderr`, () => {
    const { status, stdout, stderr } = cli(...args);
    assert.equal(status, 2);
    assert.equal(stdout, '');
    assert.equal(stderr.trimEnd().split('\n').length, 1, stderr);
    assert.match(stderr, message);
  });

test('kb export --format claimreview prints ClaimReview JSON-LD', () => {
  const { status, stdout, stderr } = cli('kb', 'export', '--format', 'claimreview');
  assert.equal(status, 0, stderr);
  const reviews = JSON.parse(stdout);
  assert.ok(reviews.length > 10);
  for (const r of reviews) {
    assert.equal(r['@context'], 'https://schema.org');
    assert.equal(r['@type'], 'ClaimReview');
    assert.equal(r.itemReviewed['@type'], 'Claim');
    assert.ok(r.claimReviewed && r.reviewRating.alternateName && r.author.name && r.datePublished);
  }
});

test('a reader that closes the pipe early (| head) ends the CLI quietly', async () => {
  const child = spawn(
    process.execPath,
    [path.join(root, 'dist/claimlight.mjs'), 'kb', 'export', '--format', 'claimreview'],
    {
      cwd: root,
    },
  );
  let stderr = '';
  child.stderr.on('data', (d) => {
    stderr += d;
  });
  child.stdout.once('data', () => child.stdout.destroy());
  const code = await new Promise((resolve) => child.on('close', resolve));
  assert.equal(stderr, '');
  assert.equal(code, 0);
});
