/**
 * A scan's matches carried over to the page's new nodes, when an app replaced the article's
 * Text nodes (re-rendered it) after they were read: the article is read again and each matched
 * passage found again by its text (page/reanchor.ts: exact first, then a tight tolerance);
 * passages no longer there are dropped. No new matching: the background is not asked.
 */
import type { Match } from '../../engine/types';
import { type Article, type ExtractOptions, extractArticleSteps } from '../../page/article';
import { reanchor } from '../../page/reanchor';

export type Reanchored = { article: Article; matches: Match[] };

export function* reanchorSteps(
  doc: Document,
  /** The text the matches' offsets refer to. */
  text: string,
  matches: Match[],
  options: ExtractOptions,
): Generator<void, Reanchored, void> {
  const article = yield* extractArticleSteps(doc, options);
  const spans = reanchor(text, article.text, matches);
  const moved: Match[] = [];
  matches.forEach((m, i) => {
    const span = spans[i];
    if (!span) return;
    moved.push(span.start === m.start && span.end === m.end ? m : { ...m, ...span });
  });
  return { article, matches: moved };
}

/** reanchorSteps() in one go, for a short article (the re-render's own task is still running). */
export function reanchorNow(
  doc: Document,
  text: string,
  matches: Match[],
  options: ExtractOptions,
): Reanchored {
  const steps = reanchorSteps(doc, text, matches, options);
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}
