/**
 * How a page of the shape corpus (tests/fixtures/pages/shapes/) is scored against its entry in
 * expected.json; tests/e2e/shapes.e2e.test.mjs scores the browser's highlights the same way.
 */

/** One page's entry in expected.json. */
export type ShapeExpectation = {
  /** The real-site pattern the page reproduces. */
  shape: string;
  /** The page's publication date, or null where the page gives none we should trust. */
  published: string | null;
  /** Story sentences in the article's prose: each must be highlighted. */
  article: string[];
  /** Story sentences in the page's furniture: none may be highlighted. */
  furniture: string[];
};

export type ShapeScore = {
  /** Article sentences no highlight covers. */
  missed: string[];
  /** Furniture sentences a highlight overlaps. */
  carded: string[];
};

/**
 * Whitespace collapsed, and the characters a reader does not see taken out: a soft hyphen
 * (German sites break long words with them) or a zero-width space is in a Range's text but not
 * in the sentence as read.
 */
export const squash = (s: string) =>
  s
    .replace(/[\u00ad\u200b-\u200d\u2060\ufeff]/g, '')
    .replace(/\s+/g, ' ')
    .trim();

/** `highlights`: the texts of the page's highlights (a Range's text or the CLI's `text`). */
export function scoreShape(expected: ShapeExpectation, highlights: string[]): ShapeScore {
  const texts = highlights.map(squash);
  const overlaps = (sentence: string) =>
    texts.some((t) => t.includes(sentence) || sentence.includes(t));
  return {
    missed: expected.article.filter((s) => !texts.some((t) => t.includes(s))),
    carded: expected.furniture.filter(overlaps),
  };
}
