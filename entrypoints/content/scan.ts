/**
 * One pass over the page: read the article, ask the engine, turn its offsets into Ranges.
 * Measured with performance.measure('claimlight:scan') so a slow page shows up in DevTools.
 */
import type { Matcher } from '../../engine/index';
import type { Match } from '../../engine/types';
import { extractArticle } from '../../page/article';
import { findPublishedDate } from '../../page/published-date';
import { toRange } from '../../page/ranges';

export type Scan = {
  text: string;
  matches: Match[];
  /** Index-aligned with `matches`. */
  ranges: Range[];
  sentences: number;
};

/** Articles longer than this are read only up to it: the engine's cost grows with the text. */
const MAX_CHARS = 400_000;

export function scanPage(doc: Document, matcher: Matcher, previous: Scan | null): Scan {
  const start = performance.now();
  const { text, segments } = extractArticle(doc, { maxChars: MAX_CHARS });
  // Unrelated DOM churn (ads, live clocks) re-triggers scans; the engine only reruns on new text.
  const result =
    previous && previous.text === text
      ? { matches: previous.matches, sentences: previous.sentences }
      : matcher.match(text, { published: findPublishedDate(doc) });
  const ranges = result.matches.map((m) => toRange(doc, segments, m.start, m.end));
  const end = performance.now();
  try {
    performance.measure('claimlight:scan', {
      start,
      end,
      detail: { highlights: result.matches.length, sentences: result.sentences },
    });
  } catch {
    // Pages can replace window.performance; measuring is optional.
  }
  return { text, matches: result.matches, ranges, sentences: result.sentences };
}
