/**
 * Mozilla's add-on linter on the Firefox build: what addons.mozilla.org would reject. Gated on
 * errors only; the known warnings are Preact's own innerHTML path (toolchain notes, pitfall 9).
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { FIREFOX_EXT, ROOT } from './harness.mjs';

const WEB_EXT = join(ROOT, 'node_modules/.bin/web-ext');

test('web-ext lint: the Firefox build has 0 errors', {
  skip: !existsSync(FIREFOX_EXT) && 'no firefox build',
}, () => {
  let out;
  try {
    out = execFileSync(
      WEB_EXT,
      ['lint', '-s', FIREFOX_EXT, '--output=json', '--no-config-discovery'],
      {
        encoding: 'utf8',
      },
    );
  } catch (error) {
    out = error.stdout; // web-ext exits non-zero on errors; the JSON still says which.
  }
  const report = JSON.parse(out);
  const errors = report.errors.map((e) => `${e.code}: ${e.message} (${e.file ?? ''})`);
  assert.deepEqual(errors, [], `web-ext lint errors:\n${errors.join('\n')}`);
  assert.equal(report.summary.errors, 0);
  for (const w of report.warnings) console.log(`warning ${w.code}: ${w.file ?? ''}`);
});
