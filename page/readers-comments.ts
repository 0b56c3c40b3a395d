/**
 * Readers' comments known by their name, where a comment outscores the post it answers (issue
 * 18, round 41). A link aggregator's post is often a short quote of the story (a Lemmy post's
 * `article#postContent > div.md-div`, Slashdot's one `div.p` of italics), and the first
 * comment under it, an argument of its own, runs longer: the content's score alone takes the
 * comment. Readability drops any block named 'comment' outright; we keep the content's say
 * (a wrapper's one word must not hide an article) and let the name tip only this call: the
 * best block inside an element named as comments ('li.comment', 'div.comments', 'article.
 * comment-node', '#commentlisting'… whole words of its class or id) gives way to the best block
 * before that element, outside any such element, holding an article's prose. An element
 * holding the page's `<h1>` is never the comments (a site's opinion section may name the
 * article's own wrapper 'comment').
 */
import { hasWord, nameWords, wordList } from './class-words';
import { precedes } from './document-order';

const COMMENT_WORDS = wordList('comment', 'comments', 'commentlisting', 'commentlist');

/** How far above a block its comments' element is looked for. */
const COMMENTS_DEPTH = 10;

/** The element naming `el` (or an ancestor) as readers' comments, below `body`; null for none. */
export function commentsAround(el: Element, body: Element): Element | null {
  let e: Element | null = el;
  for (let level = 0; e && e !== body && level < COMMENTS_DEPTH; level++, e = e.parentElement)
    if (hasWord(nameWords(e), COMMENT_WORDS) && !e.querySelector('h1')) return e;
  return null;
}

/**
 * The block to take before `best` where `best` sits in readers' comments: the best-scoring of
 * `candidates` (blocks and their scores) that comes before the comments, holds none of them
 * and at least `minProse` of prose, and sits in no comments itself. Null where none does.
 */
export function postBeforeComments<B>(
  best: Element,
  body: Element,
  candidates: Map<Element, B>,
  score: (block: B) => number,
  prose: (block: B) => number,
  minProse: number,
): Element | null {
  const comments = commentsAround(best, body);
  if (!comments) return null;
  let found: Element | null = null;
  let top = 0;
  for (const [el, block] of candidates) {
    const s = score(block);
    if (s <= top || prose(block) < minProse) continue;
    if (el.contains(comments) || comments.contains(el) || !precedes(el, comments)) continue;
    if (commentsAround(el, body)) continue;
    [found, top] = [el, s];
  }
  return found;
}
