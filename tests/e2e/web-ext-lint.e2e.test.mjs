/**
 * Mozilla's add-on linter on the Firefox build: what addons.mozilla.org would reject. No error;
 * and no warning but the known ones, each of which a reviewer reads in the sources:
 * - Preact's own innerHTML path (its dangerouslySetInnerHTML branch, `__html`), in the files bundling Preact (the
 *   card's code and the extension pages' shared chunk); we never pass it HTML;
 * - the import() of the reader (in the content script) and of the card's code (in the reader),
 *   whose URL comes from runtime.getURL (entrypoints/content/load-module.ts).
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
  const known = (w) =>
    w.code === 'UNSAFE_VAR_ASSIGNMENT' &&
    ((/innerHTML/.test(w.message) && /^(card-ui\.js|chunks\/VerdictBadge-.*\.js)$/.test(w.file)) ||
      (/\bimport\b/.test(w.message) &&
        ['content-scripts/content.js', 'reader.js'].includes(w.file)));
  for (const w of report.warnings) console.log(`warning ${w.code}: ${w.message} (${w.file ?? ''})`);
  const unknown = report.warnings.filter((w) => !known(w));
  assert.deepEqual(
    unknown.map((w) => `${w.code}: ${w.message} (${w.file ?? ''})`),
    [],
    'a new web-ext lint warning',
  );
});
