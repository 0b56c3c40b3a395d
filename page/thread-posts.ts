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

import { isLaterTopicPage } from './later-page';
import { lazyPattern } from './lazy-pattern';
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
 * article's prose (`holdsArticle`). Where `root` lies in the opening post, `root` itself: the
 * posts are not parts of one article to be read together (story-stream.ts), however alike and
 * long the replies. On a later page of the topic (continuesTopic), the posts' parent: every
 * post is a reply there. Null when `root` is in no thread.
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
      // The first of its kind with others after it: the chosen block is in the opening post,
      // unless the page continues the topic (below).
      let next: Element | null = null;
      for (
        let s = unit.nextElementSibling, i = 0;
        s && i < MAX_POSTS && !next;
        s = s.nextElementSibling, i++
      )
        if (isPost(s)) next = s;
      if (!next) continue;
      if (!sameTemplate(unit, next) || !isConversation(unit, isPost)) return null;
      if (continuesTopic(unit)) return unit.parentElement;
      return holdsArticle(root) ? root : null;
    }
    // Blocks of one kind side by side that are not a thread's posts (a post's own cells, a
    // user's beside its text): the climb goes on.
    if (!sameTemplate(first, unit) || !isConversation(first, isPost)) continue;
    if (continuesTopic(unit)) return unit.parentElement;
    const opening = samePlace(root, unit, first);
    return holdsArticle(opening) ? opening : null;
  }
  return null;
}

/**
 * Whether the page is a later page of its topic (later-page.ts: a `<link rel=prev>`, its
 * address, its pager; no story above the posts). No post on it is the topic's opening post;
 * its posts, all replies, are the page's text, read together (their parent).
 */
function continuesTopic(el: Element): boolean {
  const posts = el.parentElement;
  return !!posts && isLaterTopicPage(posts);
}

/**
 * The parent of the thread's posts around `el` (a post's `<time>`): the closest unit above it
 * with others of its kind beside it, made from one template and written as a conversation;
 * null when `el` is in no thread.
 */
export function threadPostsAround(el: Element): Element | null {
  let unit: Element | null = el;
  for (let level = 0; unit && level < POST_LEVELS; level++, unit = unit.parentElement) {
    const tag = unit.localName;
    const parent = unit.parentElement;
    if (!parent || tag === 'body' || tag === 'html' || tag === 'main') return null;
    const kind = firstClass(unit);
    if (kind === '') continue;
    const isPost = (s: Element | null): boolean =>
      !!s && s.localName === tag && firstClass(s) === kind;
    let first: Element | null = null;
    let second: Element | null = null;
    for (
      let s = parent.firstElementChild, i = 0;
      s && i < MAX_POSTS && !second;
      s = s.nextElementSibling, i++
    )
      if (isPost(s)) {
        if (first) second = s;
        else first = s;
      }
    if (first && second && sameTemplate(first, second) && isConversation(first, isPost))
      return parent;
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
  // Read month first and day first: a forum prints every post's date in one format, which
  // '10-09-2024' alone does not tell; the posts rise in order under the format that is theirs.
  const readings = [new Reading(), new Reading()];
  let posts = 0;
  const writers = new Set<string>();
  for (let el: Element | null = first; el && posts < MAX_POSTS; el = el.nextElementSibling) {
    if (!isPost(el)) continue;
    posts++;
    const date = postDate(el);
    if (date === null) return false;
    (readings[0] as Reading).add(date[0]);
    (readings[1] as Reading).add(date[1]);
    if (!readings.some((r) => r.rising)) return false;
    const name = writerOf(el);
    if (name === null) return false;
    writers.add(name);
  }
  if (!readings.some((r) => r.rising && r.last > r.start) || writers.size < 2) return false;
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
    const el = named[i] as Element;
    // A post's header marked as its author in microdata (NodeBB) holds the date and the post's
    // number too: its item's name is the writer.
    const item = el.hasAttribute('itemscope') ? el.querySelector('[itemprop="name"]') : null;
    const name = ((item ?? el).textContent ?? '').replace(/\s+/g, ' ').trim();
    if (name.length > 0 && name.length <= MAX_NAME_CHARS) return name;
  }
  return null;
}

/** The elements named for a writer looked at in a post: its user cell's first few. */
const MAX_WRITER_ELEMENTS = 8;

/** Named in any case: Vanilla's `a.Username` and `span.Author`, XenForo's `username`. */
const WRITER =
  '[class*="user" i], [class*="author" i], [class*="poster" i], [rel="author"], [itemprop="author"]';

/** A writer's name is short; a longer element is a block holding one. */
const MAX_NAME_CHARS = 60;

/** Posts' dates read one way (month first or day first): whether they rise, first and last. */
class Reading {
  start = Number.NaN;
  last = -Infinity;
  rising = true;
  add(time: number): void {
    if (time < this.last) this.rising = false;
    if (Number.isNaN(this.start)) this.start = time;
    this.last = time;
  }
}

/**
 * When a post was written, read month first and day first: its first `<time datetime>`, else the
 * first date written in a short element its class names a date or a time ("postdate", "date",
 * "time"), the two readings apart only for a numeric date either way round ('10-09-2024');
 * null without one.
 */
function postDate(post: Element): [number, number] | null {
  // A date line named so can wrap the post's <time> (vBulletin 5's `div.b-post__timestamp`):
  // its machine time first, since the line's text gives only the day, and replies on one day
  // would not be seen to follow one another.
  const el = post.querySelector('time[datetime]') ?? post.querySelector(POST_DATE_LINE);
  if (!el) return null;
  const machine = el.getAttribute('datetime');
  const text = (el.textContent ?? '').slice(0, MAX_DATE_LINE_CHARS);
  const date = machine ?? readVisibleDate(text);
  if (!date) {
    const m = machine === null ? EITHER_WAY().exec(text) : null;
    if (!m) return null;
    const [a, b, y] = [Number(m[1]), Number(m[2]), Number(m[3])];
    return [Date.UTC(y, a - 1, b), Date.UTC(y, b - 1, a)];
  }
  const time = Date.parse(date);
  return Number.isNaN(time) ? null : [time, time];
}

/** A numeric date whose first two numbers could each be the month ('10-09-2024'). */
const EITHER_WAY = lazyPattern(
  () => /\b(0?[1-9]|1[0-2])[-/.](0?[1-9]|1[0-2])[-/.]((?:19|20)\d{2})\b/,
);

const POST_DATE_LINE = '[class*="date"], [class*="time"]';

/** A post's date line is short: a longer element is a block holding it. */
const MAX_DATE_LINE_CHARS = 120;

/**
 * Whether two posts are made from one template: their first elements are of one kind (a
 * post's anchor, its header). A thread's posts all open alike.
 */
function sameTemplate(a: Element, b: Element): boolean {
  const x = a.firstElementChild;
  const y = b.firstElementChild;
  if (!x || !y) return false;
  if (sameKind(x, y)) return true;
  // A badge or a pane printed on some posts only ('Popular post', an author pane for phones)
  // comes first on them: the template opens with the element after it.
  const x2 = x.nextElementSibling;
  const y2 = y.nextElementSibling;
  return (!!x2 && sameKind(x2, y)) || (!!y2 && sameKind(x, y2));
}

/** Two elements of one tag and first class. */
function sameKind(x: Element, y: Element): boolean {
  return x.localName === y.localName && firstClass(x) === firstClass(y);
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
