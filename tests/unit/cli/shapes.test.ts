/**
 * The corpus of real-site shapes (tests/fixtures/pages/shapes/, issue 18) through the CLI's
 * path: every article sentence highlighted, no furniture sentence, the publication date exact
 * (or none where the page gives none). tests/e2e/shapes.e2e.test.mjs holds the same pages to
 * the same expectations in Chromium.
 *
 * To add a shape: write the page in our own words (the site's structure, class names and
 * nesting; story sentences in its prose and in its furniture), add its entry to expected.json,
 * and check it with `node dist/claimlight.mjs annotate <page> --explain`.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import story from 'virtual:claimlight-story';
import { describe, expect, it } from 'vitest';
import { createAnnotator } from '../../../cli/annotate';
import { type ShapeExpectation, scoreShape } from './score-shape';

const DIR = path.resolve(__dirname, '../../fixtures/pages/shapes');
const expected: Record<string, ShapeExpectation> = JSON.parse(
  readFileSync(path.join(DIR, 'expected.json'), 'utf8'),
);
const annotate = createAnnotator(story);

describe('the shape corpus through the CLI', () => {
  it('holds fifteen or more pages', () => {
    expect(Object.keys(expected).length).toBeGreaterThanOrEqual(15);
  });

  for (const [page, expectation] of Object.entries(expected)) {
    it(`${page}: ${expectation.shape}`, () => {
      const out = annotate(readFileSync(path.join(DIR, page), 'utf8'));
      const score = scoreShape(
        expectation,
        out.highlights.map((h) => h.text),
      );
      expect(score.missed, 'article sentences not highlighted').toEqual([]);
      expect(score.carded, 'furniture sentences highlighted').toEqual([]);
      expect(out.published).toBe(expectation.published);
    });
  }
});

describe("the corpus's own filler prose", () => {
  it('cards no sentence that only says what a schedule leaves room for', () => {
    // "leaves room" is not leaving, and a hope to keep troops is not their staying (neg4).
    const page = readFileSync(path.join(DIR, 'pdf2html-long-title.html'), 'utf8');
    const carded = annotate(page).highlights.map((h) => h.text);
    expect(carded.filter((t) => /^(The schedule|That) leaves/.test(t))).toEqual([]);
  });
});

describe('--explain on the publication date', () => {
  it("says when the page's dates disagree and that the earlier was taken", () => {
    const page = readFileSync(path.join(DIR, 'author-card-inside.html'), 'utf8');
    const out = annotate(page, { explain: true });
    expect(out.published).toBe('2025-08-18');
    expect(out.publishedFrom).toBe(
      "the page's dates disagree (json-ld 2025-08-18, meta 2025-09-02); took the earlier, json-ld (a later one is usually the last update)",
    );
    expect(annotate(page).publishedFrom).toBeUndefined();
  });

  it('names the source when they agree', () => {
    const page = readFileSync(path.join(DIR, 'promo-articles.html'), 'utf8');
    expect(annotate(page, { explain: true }).publishedFrom).toBe("the page's meta");
  });
});
