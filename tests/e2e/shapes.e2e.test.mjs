/**
 * The corpus of real-site shapes (tests/fixtures/pages/shapes/, issue 18) in Chromium with the
 * built extension: every article sentence painted, no furniture sentence. The CLI test
 * (tests/unit/cli/shapes.test.ts) holds the same pages to the same expectations, dates included.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import {
  CHROME_EXT,
  CHROMIUM,
  chromiumSuite,
  missing,
  ROOT,
  readHighlights,
  waitForHighlights,
} from './harness.mjs';

const skip = missing(CHROMIUM, CHROME_EXT) ?? false;
const SHAPES = join(ROOT, 'tests/fixtures/pages/shapes');
const expected = JSON.parse(readFileSync(join(SHAPES, 'expected.json'), 'utf8'));

/**
 * A highlight's text as read: a Range's text keeps the characters a reader does not see, a
 * soft hyphen in a German site's long word or a zero-width space (score-shape.ts does the same).
 */
const asRead = (h) => h.text.replace(/[\u00ad\u200b-\u200d\u2060\ufeff]/g, '');

describe('the shape corpus in Chromium', { skip }, () => {
  const suite = chromiumSuite();

  for (const [file, shape] of Object.entries(expected)) {
    test(`${file}: ${shape.shape}`, async () => {
      const page = await suite.browser.context.newPage();
      try {
        await page.goto(`${suite.server.origin}/pages/shapes/${file}`);
        // Two story sentences of one paragraph can be painted as one highlight (a Wikipedia
        // paragraph with reference marks): wait for a first paint, then until every article
        // sentence is covered, for a few seconds at most.
        await waitForHighlights(page, 1);
        let texts = [];
        let missed = shape.article;
        for (let waited = 0; waited <= 5_000 && missed.length > 0; waited += 100) {
          if (waited > 0) await new Promise((resolve) => setTimeout(resolve, 100));
          texts = (await page.evaluate(readHighlights)).map(asRead);
          missed = shape.article.filter((s) => !texts.some((t) => t.includes(s)));
        }
        // A furniture sentence painted in a later slice would still be seen.
        await new Promise((resolve) => setTimeout(resolve, 300));
        texts = (await page.evaluate(readHighlights)).map(asRead);
        const carded = shape.furniture.filter((s) =>
          texts.some((t) => t.includes(s) || s.includes(t)),
        );
        assert.deepEqual(
          missed,
          [],
          `article sentences not painted; painted ${JSON.stringify(texts)}`,
        );
        assert.deepEqual(carded, [], 'furniture sentences painted');
      } finally {
        await page.close();
      }
    });
  }
});
