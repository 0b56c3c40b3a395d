/**
 * A later page of a forum topic (issue 18, rounds 11–12): page 2 or 3 of a thread holds replies
 * only, and they are the page's text; the topic's opening post and its start date are on page 1.
 * A forum says which page this is in one of three ways: a `<link rel=prev>` in the head, its
 * address ('/page/3/', '/page-3', '?page=3'), or a visible pager ('Page 3 of 5', the current
 * page marked). It is asked only of a page holding a thread (posts of one template dated in
 * rising order by different writers), once per document, and only the pager's few short
 * blocks are read, never the page's text.
 */

import { precedes } from './document-order';
import { lazyPattern } from './lazy-pattern';
import { threadPostsAround } from './thread-posts';

/** Whether the page says it is page 2 or later of something (a topic, a paginated list). */
export function isLaterPage(doc: Document): boolean {
  let known = laterPages.get(doc);
  if (known === undefined) {
    known = !!doc.querySelector('link[rel~="prev"]') || laterInAddress(doc) || laterInPager(doc);
    laterPages.set(doc, known);
  }
  return known;
}

const laterPages = new WeakMap<Document, boolean>();

/**
 * Whether the page says it is page 2 or later in its head or its address alone (a `<link
 * rel=prev>`, '/page/3/', 'start=20'): the cheap half of isLaterPage, without the pager's
 * search through the page's classes, for callers asking of every page.
 */
export function isLaterPageByAddress(doc: Document): boolean {
  return laterPages.get(doc) === false
    ? false
    : !!doc.querySelector('link[rel~="prev"]') || laterInAddress(doc);
}

/**
 * Whether the page may be a later page of a topic: its head or address says it is page 2 or
 * later (string tests), or its address names a forum's topic and its pager says so (the pager
 * is read only then). laterPagePosts is looked for only where this holds: a topic's first page
 * and other pages never look for posts.
 */
export function mayBeLaterTopicPage(doc: Document): boolean {
  let known = mayBeLater.get(doc);
  if (known === undefined) {
    known = isLaterPageByAddress(doc) || (namesForumTopic(doc) && isLaterPage(doc));
    mayBeLater.set(doc, known);
  }
  return known;
}

/** Per document, once: asked of every block whose class names furniture (furniture.ts). */
const mayBeLater = new WeakMap<Document, boolean>();

/**
 * The block holding the posts of a later page of a topic, when the page is one: posts of one
 * template dated in rising order by different writers (thread-posts.ts), found from the page's
 * first few `<time>`s; null elsewhere. The posts are looked for first, and only a page holding
 * a thread is asked which page it is (laterTopicPage), so other pages never pay for it.
 */
export function laterPagePosts(doc: Document): Element | null {
  let known = postsOfPage.get(doc);
  if (known === undefined) {
    known = null;
    known = postsAroundFirst(doc.querySelectorAll('time[datetime]'));
    // A forum printing its posts' dates as text (NodeBB's `a.timeago`) has no <time>: on an
    // address naming a topic, the first few elements named for a date are looked from too.
    if (!known && namesForumTopic(doc)) known = postsAroundFirst(doc.querySelectorAll(DATE_NAMED));
    if (known && !laterTopicPage(doc, known)) known = null;
    postsOfPage.set(doc, known);
  }
  return known;
}

/** The thread's posts around the first of `dates` (elements dating posts) that is in one. */
function postsAroundFirst(dates: NodeListOf<Element>): Element | null {
  let posts: Element | null = null;
  for (let i = 0; i < dates.length && i < MAX_TIMES && !posts; i++)
    posts = threadPostsAround(dates[i] as Element);
  return posts;
}

/** Elements named for a date or a time, as a post's date line is (thread-posts.ts reads it). */
const DATE_NAMED = '[class*="date" i], [class*="time" i]';

/**
 * The posts of a later page of a topic around `el` (the block chosen for its prose), or null:
 * the thread is looked for first, the page's number only then.
 */
export function laterPagePostsAround(el: Element): Element | null {
  const posts = threadPostsAround(el);
  return posts && laterTopicPage(el.ownerDocument, posts) ? posts : null;
}

/**
 * Whether the thread whose posts `posts` holds is on a later page of its topic (thread-posts.ts
 * asks it of the posts around the chosen block).
 */
export function isLaterTopicPage(posts: Element): boolean {
  return laterTopicPage(posts.ownerDocument, posts);
}

/**
 * Whether a page holding a thread (`posts`) is a later page of a topic: it says it is page 2 or
 * later, and it is no article's (a story paged in two ends with its readers' comments, which
 * stay theirs), nor a story's whose comments a pager pages (storyBeforePosts), whatever the
 * pager is named: a community calls its posts comments ('Comments page 2 of 5'), and a story's
 * comments are known by the story above them.
 */
function laterTopicPage(doc: Document, posts: Element): boolean {
  let known = topicPages.get(posts);
  if (known === undefined) {
    known = isLaterPage(doc) && !isArticlePage(doc) && !storyBeforePosts(doc, posts);
    topicPages.set(posts, known);
  }
  return known;
}

/**
 * Per block of posts, once: the search for a story above them orders paragraphs by tree walks,
 * and the thread's rules ask it of the same posts more than once in a scan.
 */
const topicPages = new WeakMap<Element, boolean>();

/**
 * Whether a story stands between the page's title and the posts: paragraphs of an article's
 * prose after the headline, before the posts and outside them. A topic's later page prints its
 * title, a line or two (or a description of a paragraph or two, 280 characters and more), then
 * its posts; a news story on an address in a forum's words ('/topic/iraq/…') prints its story,
 * three paragraphs and more, then its readers' comments under a pager named only as one. A page
 * with no `<h1>` sets its title in a lower heading naming the page's title, or in none (the
 * `<title>` alone): the prose is read from that heading, or from the top. Asked only of a page
 * holding a thread that says it is a later page; the first paragraphs of the page are read, no
 * more.
 */
function storyBeforePosts(doc: Document, posts: Element): boolean {
  const title = titleHeading(doc);
  if (title && (posts.contains(title) || !precedes(title, posts))) return false;
  const paragraphs = doc.getElementsByTagName('p');
  let chars = 0;
  let count = 0;
  for (let i = 0; i < paragraphs.length && i < MAX_PARAGRAPHS_BEFORE; i++) {
    const p = paragraphs[i] as Element;
    // In document order: the posts' first paragraph, or one after them, ends the search.
    if (posts.contains(p) || !precedes(p, posts)) return false;
    if (title && !precedes(title, p)) continue;
    const text = p.textContent ?? '';
    const length = text.trim().length;
    // A paragraph speaking of the discussion itself ('this thread follows…', 'rules for this
    // topic', 'the moderators') is the topic's description, however long; a story speaks of
    // its subject.
    if (length < STORY_PARAGRAPH_CHARS || THREAD_TALK().test(text)) continue;
    chars += length;
    count++;
    if (chars >= STORY_CHARS && count >= STORY_PARAGRAPHS) return !pagerOpensPosts(doc, p, posts);
  }
  return false;
}

/**
 * Whether a pager stands between `prose` and the posts, in no block that holds the posts and
 * leaves the prose out: it pages the topic, and the prose above it is the topic's header,
 * printed on every page (a description of three long paragraphs that never speaks of the
 * discussion). A story's comments are paged inside their own block, the story outside it
 * ('#comments' holding its title, its pager and the comments), or under them.
 */
function pagerOpensPosts(doc: Document, prose: Element, posts: Element): boolean {
  const pagers = doc.querySelectorAll(PAGER);
  for (let i = 0; i < pagers.length && i < MAX_PAGERS; i++) {
    const pager = pagers[i] as Element;
    if ((pager.textContent ?? '').length > MAX_PAGER_CHARS) continue;
    if (posts.contains(pager) || pager.contains(posts)) continue;
    if (!precedes(prose, pager) || !precedes(pager, posts)) continue;
    let common = pager.parentElement;
    while (common && !common.contains(posts)) common = common.parentElement;
    if (common?.contains(prose)) return true;
  }
  return false;
}

/**
 * The heading that sets the page's title: its `<h1>`, or else one of its first few `<h2>`s and
 * `<h3>`s whose text the page's titles (og:title, `<title>`) open with; null with neither.
 */
function titleHeading(doc: Document): Element | null {
  const h1 = doc.querySelector('h1');
  if (h1) return h1;
  const titles = [
    doc.querySelector('meta[property="og:title"]')?.getAttribute('content'),
    doc.title,
  ].map((t) => (t ?? '').replace(/\s+/g, ' ').trim());
  const headings = doc.querySelectorAll('h2, h3');
  for (let i = 0; i < headings.length && i < MAX_TITLE_HEADINGS; i++) {
    const text = ((headings[i] as Element).textContent ?? '').replace(/\s+/g, ' ').trim();
    if (text.length >= MIN_TITLE_CHARS && titles.some((t) => t.startsWith(text)))
      return headings[i] as Element;
  }
  return null;
}

/** Lower headings asked whether they set the page's title (a site's sections come first). */
const MAX_TITLE_HEADINGS = 6;

/** A title is longer than a word or two. */
const MIN_TITLE_CHARS = 12;

/** Paragraphs read for a story above the posts: a story's first few are enough. */
const MAX_PARAGRAPHS_BEFORE = 60;

/** A paragraph of a story's prose is this long at least (a topic's description line is shorter). */
const STORY_PARAGRAPH_CHARS = 80;

/** The prose above the posts that makes a story: an article's, three paragraphs or so. */
const STORY_CHARS = 280;

/**
 * The paragraphs of prose above the posts that make a story: a forum's description of the
 * topic under its title runs to a paragraph or two.
 */
const STORY_PARAGRAPHS = 3;

/**
 * How a forum's description of a topic speaks of the discussion itself: the thread, topic or
 * board it describes, its moderators. Asked only of the paragraphs above a later page's posts.
 */
const THREAD_TALK = lazyPattern(
  () => /\b(?:this (?:mega)?thread|this topic|this board|this forum|megathread|moderators?)\b/i,
);

const postsOfPage = new WeakMap<Document, Element | null>();

/**
 * Whether the page marks an article's body: in microdata (`itemprop=articleBody`), in a
 * JSON-LD object typed as an article, or by an Open Graph type of 'article' on an address that
 * names no forum topic. Forums print og:type=article on every page of a topic (Vanilla, phpBB
 * extensions), and a forum is not an article because its meta says so; their addresses say
 * what they are ('/discussion/4471/…', 'viewtopic.php', '/threads/…', '?topic=').
 */
function isArticlePage(doc: Document): boolean {
  if (doc.querySelector('[itemprop="articleBody"]')) return true;
  const scripts = doc.querySelectorAll('script[type="application/ld+json"]');
  for (let i = 0; i < scripts.length && i < MAX_JSON_LD; i++)
    if (ARTICLE_TYPE().test(scripts[i]?.textContent ?? '')) return true;
  return !!doc.querySelector(OG_ARTICLE) && !namesForumTopic(doc);
}

/**
 * Whether the page's own address names a forum's topic ('/topic/3317/…', 'viewtopic.php'):
 * a string test of two attributes, asked before a rare shape's search.
 */
export function namesForumTopic(doc: Document): boolean {
  return pageAddresses(doc).some((a) => mayNameForumTopic(a) && FORUM_ADDRESS().test(a));
}

/**
 * Whether `path` holds a word FORUM_ADDRESS needs ('topic', 'thread', 'discussion', 'forum', or
 * a segment 't'): most addresses hold none, and are told so without compiling the expression,
 * which cost every story page a few tenths of a millisecond (it is asked of every page).
 */
function mayNameForumTopic(path: string): boolean {
  const lower = path.toLowerCase();
  return (
    lower.includes('topic') ||
    lower.includes('thread') ||
    lower.includes('discussion') ||
    lower.includes('forum') ||
    lower.includes('/t/') ||
    lower.includes('/t.') ||
    lower.endsWith('/t')
  );
}

const OG_ARTICLE = 'meta[property="og:type"][content="article" i]';

/** An address naming a forum's topic: its script or path segment, or SMF's topic query. */
const FORUM_ADDRESS = lazyPattern(
  () =>
    /\/(?:viewtopic|showthread|topic|topics|thread|threads|discussion|discussions|forum|forums|t)(?:[/.]|$)|[?&;]topic=/i,
);

/** JSON-LD blocks read for their type (a page prints two or three). */
const MAX_JSON_LD = 6;

/** A JSON-LD type naming an article ('NewsArticle', 'Article', 'BlogPosting'), not a forum's post. */
const ARTICLE_TYPE = lazyPattern(
  () =>
    /"@type"\s*:\s*(?:\[[^\]]*)?"(?:News|Reportage|Analysis|Opinion|Report|Scholarly|Tech)?Article"|"@type"\s*:\s*(?:\[[^\]]*)?"BlogPosting"/,
);

/** `<time>`s a later page's posts are looked for from (the topic's header holds one or two). */
const MAX_TIMES = 8;

/** A page number of 2 or more in an address: '/page/3/', '/page-3', '/page3', '?page=3', '?pageNo=3'. */
const LATER_PAGE_ADDRESS = lazyPattern(
  () => /(?:^|[/?&;])page(?:no|num)?[/=_-]?0*([2-9]|[1-9]\d+)(?:$|[/?&#;.])/i,
);

/**
 * A later page in the forms forums print, beside the page number: the first post's offset
 * (phpBB 'viewtopic.php?t=4812&start=20', SMF 'index.php?topic=4812.15', Discourse-like
 * '?offset=20') or a last segment 'p2' (Vanilla '/discussion/4471/slug/p2').
 */
const LATER_PAGE_OFFSET = lazyPattern(
  () =>
    /(?:[?&;](?:start|offset)=0*[1-9]\d*|[?&;]topic=\d+\.0*[1-9]\d*|\/p0*(?:[2-9]|[1-9]\d+)\/?)(?:$|[&#;/])/i,
);

/**
 * The page's addresses kept while a caller asks several rules of one page in a row
 * (readPublishedDate asks isLaterPageByAddress, then namesForumTopic): each read of them is
 * two searches of the page. Outside such a call they are read afresh (a page's address moves).
 */
let keptAddresses: KeptAddresses | null = null;

/** One page's addresses, once read. */
export type KeptAddresses = { doc: Document; paths: string[] | null };

/**
 * Runs `read`, reading `doc`'s addresses once for all of its rules. A reading done in steps
 * over several tasks passes its own `kept` to each step: nothing is kept between the steps, so
 * another page read in between never sees this one's addresses.
 */
export function withPageAddressesKept<T>(
  doc: Document,
  read: () => T,
  kept: KeptAddresses = { doc, paths: null },
): T {
  keptAddresses = kept;
  try {
    return read();
  } finally {
    keptAddresses = null;
  }
}

/** The page's own addresses, their paths: its canonical link, its Open Graph URL, its URL. */
export function pageAddresses(doc: Document): string[] {
  if (keptAddresses?.doc !== doc) return readPageAddresses(doc);
  keptAddresses.paths ??= readPageAddresses(doc);
  return keptAddresses.paths;
}

function readPageAddresses(doc: Document): string[] {
  const addresses = [
    doc.querySelector('link[rel~="canonical"]')?.getAttribute('href'),
    doc.querySelector('meta[property="og:url"]')?.getAttribute('content'),
    doc.URL,
  ];
  const paths: string[] = [];
  for (const a of addresses) if (a) paths.push(withoutOrigin(a));
  return paths;
}

/**
 * `address` without its scheme and host ('https://example.org/a?b' → '/a?b'), as
 * `address.replace(/^[a-z]+:\/\/[^/]+/i, '')` gives it, without compiling that expression on
 * every page: letters, '://', then everything up to the next '/'.
 */
export function withoutOrigin(address: string): string {
  const colon = address.indexOf('://');
  if (colon < 1) return address;
  for (let i = 0; i < colon; i++) {
    const c = address.charCodeAt(i) | 32;
    if (c < 97 || c > 122) return address;
  }
  const host = colon + 3;
  if (host >= address.length || address.charCodeAt(host) === 47) return address;
  const slash = address.indexOf('/', host);
  return slash < 0 ? '' : address.slice(slash);
}

/** Whether the page's own address says it is page 2 or later. */
function laterInAddress(doc: Document): boolean {
  return pageAddresses(doc).some(
    (p) => mayNameLaterPage(p) && (LATER_PAGE_ADDRESS().test(p) || LATER_PAGE_OFFSET().test(p)),
  );
}

/**
 * Whether `path` holds what LATER_PAGE_ADDRESS or LATER_PAGE_OFFSET need ('page', 'start=',
 * 'offset=', 'topic=', or '/p' and a digit, in either case): most addresses hold none, and are
 * told so without compiling the two expressions.
 */
function mayNameLaterPage(path: string): boolean {
  const lower = path.toLowerCase();
  if (
    lower.includes('page') ||
    lower.includes('start=') ||
    lower.includes('offset=') ||
    lower.includes('topic=')
  )
    return true;
  for (let i = lower.indexOf('/p'); i >= 0; i = lower.indexOf('/p', i + 1)) {
    const c = lower.charCodeAt(i + 2);
    if (c >= 48 && c <= 57) return true;
  }
  return false;
}

/** A forum's pager: named so in its class ('ipsPagination', 'pagination', 'pagenav', 'pager'). */
const PAGER = '[class*="paginat" i], [class*="pagenav" i], [class*="pager" i]';

/** Pagers read: a thread prints one above its posts and one below. */
const MAX_PAGERS = 4;

/** A pager is short: a longer block is a wrapper holding one, not read. */
const MAX_PAGER_CHARS = 1_600;

/** 'Page 3 of 5', as a pager prints where the reader is (its links' text may run into it: '1Page 3 of 5'). */
const PAGE_OF = lazyPattern(() => /(?:^|[^a-z])page\s+0*([2-9]|[1-9]\d+)\s+(?:of|\/)\s+\d+/i);

/**
 * The pager's current page: marked for assistive technology, or only by a class (phpBB's
 * `li.active`, Vanilla's `a.Highlight`, 'current', 'selected').
 */
const CURRENT_PAGE =
  '[aria-current="page"], [class~="active"], [class~="current"], [class~="Highlight"], [class~="selected"]';

/** Whether a pager on the page says it shows page 2 or later. */
function laterInPager(doc: Document): boolean {
  const pagers = doc.querySelectorAll(PAGER);
  for (let i = 0; i < pagers.length && i < MAX_PAGERS; i++) {
    const pager = pagers[i] as Element;
    const text = pager.textContent ?? '';
    // Raw text, indentation included: a wrapper holding a pager is longer.
    if (text.length > MAX_PAGER_CHARS) continue;
    if (PAGE_OF().test(text.replace(/\s+/g, ' '))) return true;
    const current = pager.querySelector(CURRENT_PAGE);
    const n = Number((current?.textContent ?? '').trim());
    if (Number.isInteger(n) && n >= 2) return true;
  }
  return false;
}
