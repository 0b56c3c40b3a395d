/**
 * Where a page names its own writers: author metas, its JSON-LD, bylines, links to a writer's
 * page. A closing paragraph opened by such a name is that writer's biography (furniture.ts),
 * and units dated oldest first whose writers are all named so are a newsroom's live blog, not
 * readers' posts (thread-posts.ts).
 */

import { lazyPattern } from './lazy-pattern';

/** Where a page names its writer. */
const WRITER_PLACES =
  'meta[name="author"], meta[property="article:author"], meta[name="parsely-author"], ' +
  'meta[name="sailthru.author"], script[type="application/ld+json"], [rel="author"], ' +
  '[itemprop="author"], [class*="author"], [class*="byline"], a[href*="/author"]';

/** Structured data of a discussion (a forum's topic, a Q&A, comments). */
const DISCUSSION_DATA = lazyPattern(
  () => /"@type"\s*:\s*"(?:DiscussionForumPosting|Comment|QAPage|Question|Answer)"/,
);

/**
 * Structured data of a piece of writing (a news article, a blog post, a live blog): its authors
 * are the page's writers. A page typed otherwise (a forum's WebPage whose SEO plugin lists
 * every poster as an author) names its posters there, not a newsroom's writers; untyped data
 * is taken at its word.
 */
const WRITING_DATA = lazyPattern(
  () => /"@type"\s*:\s*\[?\s*"(?:[A-Za-z]*Article|BlogPosting|LiveBlogPosting|Report)"/,
);

/** A byline or an author meta is short; a longer block naming the writer is not where it is named so. */
const MAX_WRITER_PLACE_CHARS = 200;

/**
 * Which of `names` the page `doc` names as its writers, outside `outside` (the block whose
 * own names are asked about, not where the page names them). One query of the document.
 */
export function namedAsWriters(
  doc: Document,
  names: readonly string[],
  outside: Element,
): Set<string> {
  const found = new Set<string>();
  const places = doc.querySelectorAll(WRITER_PLACES);
  for (let i = 0; i < places.length && found.size < names.length; i++) {
    const el = places[i] as Element;
    if (el === outside || el.contains(outside) || outside.contains(el)) continue;
    const said =
      el.localName === 'meta' ? (el.getAttribute('content') ?? '') : (el.textContent ?? '');
    if (el.localName === 'script') {
      // A discussion's structured data names its repliers too, as commenters: not its writers;
      // nor does a page's typed as no piece of writing.
      if (DISCUSSION_DATA().test(said) || (said.includes('"@type"') && !WRITING_DATA().test(said)))
        continue;
    } else if (said.length > MAX_WRITER_PLACE_CHARS) continue;
    for (const name of names) if (said.includes(name)) found.add(name);
  }
  return found;
}
