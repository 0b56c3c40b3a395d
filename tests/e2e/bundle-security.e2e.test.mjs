// The built bundles carry no code-from-strings: the source lint rules (biome.json) cover our code,
// this covers what the bundler pulled in. Preact's renderer is the one place that sets innerHTML,
// in its dangerouslySetInnerHTML branch (`__html`), which our components never use (lint rule).
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** Every .js file under `dir`, recursively. */
function scripts(dir) {
  return fs
    .readdirSync(dir, { withFileTypes: true, recursive: true })
    .flatMap((e) =>
      e.isFile() && e.name.endsWith('.js') ? [path.join(e.parentPath, e.name)] : [],
    );
}

for (const target of ['chrome-mv3', 'firefox-mv3']) {
  test(`${target}: no eval, no Function constructor, no string timers, innerHTML only in Preact`, () => {
    const files = scripts(path.join(root, '.output', target));
    assert.ok(
      files.length >= 3,
      `expected the built bundles in .output/${target}; run npm run build`,
    );
    for (const file of files) {
      const name = path.relative(root, file);
      const lines = fs.readFileSync(file, 'utf8').split('\n');
      lines.forEach((line, i) => {
        const at = `${name}:${i + 1}`;
        assert.doesNotMatch(line, /(?<![\w$.])eval\s*\(/, `${at} calls eval`);
        assert.doesNotMatch(
          line,
          /\bnew\s+Function\s*\(|(?<![\w$.])Function\s*\(\s*['"`]/,
          `${at} builds a Function from a string`,
        );
        assert.doesNotMatch(
          line,
          /\bset(Timeout|Interval)\s*\(\s*['"`]/,
          `${at} passes a string to a timer`,
        );
        assert.doesNotMatch(
          line,
          /\b(insertAdjacentHTML|document\.write(ln)?)\s*\(/,
          `${at} writes HTML`,
        );
        if (/\b(innerHTML|outerHTML)\b/.test(line))
          assert.match(line, /__html/, `${at} touches innerHTML outside Preact's own renderer`);
      });
    }
  });
}

// Not security, but also a property of the built files that only the build can show: the
// minifier must not have dropped V8's compile hint (scripts/compile-hints.ts).
for (const target of ['chrome-mv3', 'firefox-mv3'])
  test(`${target}: the scripts pages run start with V8's compile hint`, () => {
    for (const file of ['content-scripts/content.js', 'reader.js', 'card-ui.js', 'background.js']) {
      const code = fs.readFileSync(path.join(root, '.output', target, file), 'utf8');
      assert.equal(code.split('\n')[0], '//# allFunctionsCalledOnLoad', `${target}/${file}`);
    }
  });
