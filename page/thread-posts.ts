/**
 * A discussion thread (issue 18, round 9): a forum's topic (XenForo, vBulletin) prints every
 * post from one template, side by side, the opening post first and the replies after it in
 * the order they were written, with no microdata and no "Re:" subject to tell them apart. A
 * reply can be longer than the post it answers, and its block then scores best; but the page
 * is the topic, and its article is the opening post. Asked once per page, of the chosen
 * block's few ancestors and their siblings.
 *
 * A live blog's entries are units of one kind too, but newest first: their dates fall down the
 * page, and they are read together as parts of one article (story-stream.ts).
 */

import { namedAsWriters } from './page-writers';
import { readVisibleDate } from './published-date';

/** How far above the chosen block a post is looked for (a post nests its text deep). */
const POST_LEVELS = 8;

/** Posts read for their dates: a page of a topic holds twenty or so. */
const MAX_POSTS = 60;

/**
 * The block of the thread's opening post that stands where `root` stands in its own post, when
 * `root` (the block chosen by its prose) lies in a later post: posts are units of one tag and
 * first class side by side, made from one template (their first elements of one kind), dated
 * in rising order (a conversation: each reply after the one before), and the first holds an
 * article's prose (`holdsArticle`). Null when `root` is in the first post or in no thread.
 */
export function openingPost(root: Element, holdsArticle: (el: Element) => boolean): Element | null {
  let unit: Element | null = root;
  for (let level = 0; unit && level < POST_LEVELS; level++, unit = unit.parentElement) {
    const tag = unit.localName;
    if (tag === 'body' || tag === 'html' || tag === 'main') return null;
    const kind = firstClass(unit);
    if (kind === '') continue;
    const isPost = (el: Element | null): boolean =>
      !!el && el.localName === tag && firstClass(el) === kind;
    let first: Element = unit;
    let before = 0;
    for (let s = unit.previousElementSibling; s && before < MAX_POSTS; s = s.previousElementSibling)
      if (isPost(s)) {
        first = s;
        before++;
      }
    if (before === 0) {
      // The first of its kind with others after it: the chosen block is in the opening post.
      for (
        let s = unit.nextElementSibling, i = 0;
        s && i < MAX_POSTS;
        s = s.nextElementSibling, i++
      )
        if (isPost(s)) return null;
      continue;
    }
    // Blocks of one kind side by side that are not a thread's posts (a post's own cells, a
    // user's beside its text): the climb goes on.
    if (!sameTemplate(first, unit) || !isConversation(first, isPost)) continue;
    const opening = samePlace(root, unit, first);
    return holdsArticle(opening) ? opening : null;
  }
  return null;
}

/**
 * Whether the posts from `first` on are a conversation: each dated, in rising order (a day may
 * hold several), the last after the first (a thread read oldest first), and each naming its
 * writer, not all the same one. A live blog sorted oldest first is dated so too, but written by
 * the newsroom: its entries name no writer of their own, or one, or writers the page names as
 * its own (its byline, author metas, JSON-LD), as a forum never names its repliers.
 */
function isConversation(first: Element, isPost: (el: Element | null) => boolean): boolean {
  let previous = -Infinity;
  let start = Number.NaN;
  let posts = 0;
  const writers = new Set<string>();
  for (let el: Element | null = first; el && posts < MAX_POSTS; el = el.nextElementSibling) {
    if (!isPost(el)) continue;
    posts++;
    const date = postDate(el);
    if (date === null || date < previous) return false;
    if (Number.isNaN(start)) start = date;
    previous = date;
    const name = writerOf(el);
    if (name === null) return false;
    writers.add(name);
  }
  if (previous <= start || writers.size < 2) return false;
  const names = [...writers];
  const parent = first.parentElement;
  return !parent || namedAsWriters(first.ownerDocument, names, parent).size < names.length;
}

/**
 * The name of a post's writer: the short text of one of its first elements named for a user,
 * an author or a poster ("username", "post-author"), or marked as its author (a user's cell,
 * holding the name, a title and counts, is longer); null without one.
 */
function writerOf(post: Element): string | null {
  const named = post.querySelectorAll(WRITER);
  for (let i = 0; i < named.length && i < MAX_WRITER_ELEMENTS; i++) {
    const name = ((named[i] as Element).textContent ?? '').trim();
    if (name.length > 0 && name.length <= MAX_NAME_CHARS) return name;
  }
  return null;
}

/** The elements named for a writer looked at in a post: its user cell's first few. */
const MAX_WRITER_ELEMENTS = 8;

const WRITER =
  '[class*="user"], [class*="author"], [class*="poster"], [rel="author"], [itemprop="author"]';

/** A writer's name is short; a longer element is a block holding one. */
const MAX_NAME_CHARS = 60;

/**
 * When a post was written: its first `<time datetime>`, or the first date written in a short
 * element its class names a date or a time ("postdate", "date", "time"); null without one.
 */
function postDate(post: Element): number | null {
  const el = post.querySelector(POST_DATE);
  if (!el) return null;
  const machine = el.getAttribute('datetime');
  const date = machine ?? readVisibleDate((el.textContent ?? '').slice(0, MAX_DATE_LINE_CHARS));
  if (!date) return null;
  const time = Date.parse(date);
  return Number.isNaN(time) ? null : time;
}

const POST_DATE = 'time[datetime], [class*="date"], [class*="time"]';

/** A post's date line is short: a longer element is a block holding it. */
const MAX_DATE_LINE_CHARS = 120;

/**
 * Whether two posts are made from one template: their first elements are of one kind (a
 * post's anchor, its header). A thread's posts all open alike.
 */
function sameTemplate(a: Element, b: Element): boolean {
  const x = a.firstElementChild;
  const y = b.firstElementChild;
  return !!x && !!y && x.localName === y.localName && firstClass(x) === firstClass(y);
}

/**
 * The element of `other` at the place `el` holds in `unit`: the same path down from the post,
 * each step the n-th child of its tag and first class (a post's text cell is the second
 * `message-cell`, after its user's); `other` itself where the path is not found in it.
 */
function samePlace(el: Element, unit: Element, other: Element): Element {
  const path: Element[] = [];
  for (let e: Element | null = el; e && e !== unit; e = e.parentElement) path.push(e);
  let at = other;
  for (let i = path.length - 1; i >= 0; i--) {
    const step = path[i] as Element;
    const kind = firstClass(step);
    const same = (kid: Element) => kid.localName === step.localName && firstClass(kid) === kind;
    let nth = 0;
    for (let s = step.previousElementSibling; s; s = s.previousElementSibling) if (same(s)) nth++;
    let next: Element | null = null;
    for (let kid = at.firstElementChild; kid && !next; kid = kid.nextElementSibling)
      if (same(kid) && nth-- === 0) next = kid;
    if (!next) return other;
    at = next;
  }
  return at;
}

/** The first word of an element's class, which names its kind ("message" of "message message--post"). */
function firstClass(el: Element): string {
  const names = (el.getAttribute('class') ?? '').trim();
  const space = names.search(/\s/);
  return space < 0 ? names : names.slice(0, space);
}
