/**
 * A stream of stories (issue 18, round 5): a site that loads the next story as the reader
 * scrolls appends it to the page as a unit of the same kind as the first (an `<article>` of the
 * same class), with its own headline and often more text than the story the page is about. The
 * page's own story is the unit whose headline the page's titles name. Units of one kind that
 * are parts of one article instead (a live blog's entries, a sitting's speeches, told apart from
 * a forum's posts by how their times run) are read together as one text (partsOfOne). Asked once
 * per page, of the chosen block's few ancestors and their nearest siblings.
 */

import { precedes } from './document-order';
import { lazyPattern } from './lazy-pattern';

/** How far above the chosen block a story's unit (its `<article>`, its card in a stream) is looked for. */
const UNIT_LEVELS = 3;

/** Siblings of a story's unit looked at on each side: a stream appends one or two stories. */
const UNIT_SIBLINGS = 4;

/**
 * The unit of the story the page is about, when `root` (the block chosen by its prose) lies in
 * another beside it; null when its unit is that story's, or none is. Only units of one kind
 * side by side, each opening with a headline, are compared, and only a sibling that
 * `holdsArticle` (an article's prose scored in it) is taken; beside a block that opens with
 * another story's heading (storyBeside), one holding a third of its prose (`proseOf`) at least.
 * Where none is the page's titled story and several hold prose, they are parts of one article,
 * and their parent is given (partsOfOne).
 */
export function titledSibling(
  doc: Document,
  root: Element,
  holdsArticle: (el: Element) => boolean,
  proseOf: (el: Element) => number = () => 0,
): Element | null {
  // Read only on a page where units of one kind stand side by side.
  let titles: string[] | null = null;
  const named = (headline: string | null) => {
    titles ??= pageTitles(doc);
    return !!headline && titles.some((title) => title.includes(headline));
  };
  // A story beside `unit` holds an article's prose, and at least a share of `unit`'s.
  const holdsBeside = (el: Element, unit: Element) =>
    holdsArticle(el) && proseOf(el) * STORY_BESIDE_SHARE >= proseOf(unit);
  let unit: Element | null = root;
  for (let level = 0; unit && level < UNIT_LEVELS; level++, unit = unit.parentElement) {
    const tag = unit.localName;
    if (tag === 'body' || tag === 'main' || tag === 'html') return null;
    const kind = firstClass(unit);
    const siblings = nearSiblings(unit, (el) => el.localName === tag && firstClass(el) === kind);
    if (siblings.length === 0) {
      const story = storyBeside(doc, unit, named, (el) => holdsBeside(el, unit as Element));
      if (story !== undefined) return story;
      continue;
    }
    const own = headlineOf(unit);
    // The page's headline stands above the units, outside them all (a live blog's header):
    // an entry titled as the page is ("Live: <its title>") is one of them, not a story apart.
    const entryNamed = headlineAbove(doc, unit) ? () => false : named;
    // A box of the story block's kind under a short label ("More from AFP"): another story too.
    if (!own)
      return (
        storyBeside(doc, unit, named, (el) => holdsBeside(el, unit as Element)) ??
        partsOfOne(unit, siblings, proseOf, entryNamed) ??
        (siblings.some((s) => continues(s, unit as Element, proseOf) && named(headlineOf(s)))
          ? unit.parentElement
          : null)
      );
    if (named(own))
      return siblings.some((s) => continues(unit as Element, s, proseOf))
        ? unit.parentElement
        : null;
    for (const sibling of siblings)
      if (holdsArticle(sibling) && entryNamed(headlineOf(sibling))) return sibling;
    return partsOfOne(unit, siblings, proseOf, entryNamed);
  }
  return null;
}

/**
 * The parent of units of one kind that are parts of one article: a live blog's entries (each
 * an `<article>` of the same class, some titled, some not, a pinned one repeating another), an
 * article paged in place. None opens with a headline the page's titles name (a stream of
 * stories has one that does, titledSibling), at least PARTS_BESIDE siblings hold prose, and
 * together they hold more than `unit`: the chosen block is one part among others as long;
 * or one of them, numbered in series with `unit` (inNumberedSeries), holds an article's prose.
 * Parts are made from one template (sameTemplate); a box of teasers beside a story holds
 * less than the story; null when they are not parts.
 */
function partsOfOne(
  unit: Element,
  siblings: Element[],
  proseOf: (el: Element) => number,
  named: (headline: string | null) => boolean,
): Element | null {
  const parent = unit.parentElement;
  if (!parent) return null;
  const parts: Element[] = [];
  let prose = 0;
  let numbered = false;
  let clocked = clockTimed(unit);
  for (const sibling of siblings) {
    const own = proseOf(sibling);
    if (own === 0 || !sameTemplate(unit, sibling)) continue;
    if (named(headlineOf(sibling))) return null;
    parts.push(sibling);
    prose += own;
    numbered ||= own >= NUMBERED_PART_CHARS && inNumberedSeries(unit, sibling);
    clocked &&= clockTimed(sibling);
  }
  if (numbered) return parent;
  if (parts.length < PARTS_BESIDE) return null;
  // Units each stamped with a time of day and no date are moments of one day's record (a
  // sitting's speeches, a live blog's entries), not a forum's posts, which each print their
  // day: the opening one, a minister's statement, may be the longest.
  if (prose >= proseOf(unit) * (clocked ? CLOCKED_PARTS_SHARE : 1)) return parent;
  // Units dated newest first within a day or two are a live blog's entries (a forum's posts
  // and a thread's replies rise): its summary entry on top may hold more than those below.
  if (prose >= proseOf(unit) * LIVE_PARTS_SHARE && newestFirst(unit, parts)) return parent;
  // Units stamped with times of day falling down the page (18:52, 16:20, 13:05) are a day's
  // live coverage newest first, with no datetime to read: a closed blog's summary on top may
  // hold many times the entries below. A sitting's record and a forum's posts rise.
  return clocked && prose >= proseOf(unit) * CLOCKS_FALL_SHARE && clocksFall(unit, parts)
    ? parent
    : null;
}

/** Entries below a summary, their clock times falling, hold at least this share of its prose. */
const CLOCKS_FALL_SHARE = 0.1;

/**
 * Whether the clock times `unit` and its `parts` print (clockTimed: each a time of day) fall
 * down the page in its order, never rise, the first later than the last. A night's coverage
 * passes midnight once (00:40, 00:05, 23:50): one step up by more than half a day is the day
 * before, and the whole then spans less than a day. A forum's times that rise, through
 * midnight too (23:40, 00:15), step up by less. Asked only where each unit is clock-timed and
 * the parts hold less than the share read above.
 */
function clocksFall(unit: Element, parts: Element[]): boolean {
  const units = [unit, ...parts].sort((a, b) => (precedes(a, b) ? -1 : 1));
  let last = Number.POSITIVE_INFINITY;
  let first = Number.NaN;
  let dayBefore = 0;
  for (const el of units) {
    const read = clockMinutes(el.querySelector('time, [class*="time"]')?.textContent ?? '');
    if (read === null) return false;
    let minutes = read - dayBefore;
    if (minutes > last && dayBefore === 0 && minutes - last > DAY_MINUTES / 2) {
      dayBefore = DAY_MINUTES;
      minutes -= DAY_MINUTES;
    }
    if (minutes > last) return false;
    if (Number.isNaN(first)) first = minutes;
    last = minutes;
  }
  return first > last && first - last < DAY_MINUTES;
}

/** The minutes of a day. */
const DAY_MINUTES = 24 * 60;

/** The minutes after midnight of a stamp reading a time of day ('18:52 BST', '2.31 pm'), or null. */
function clockMinutes(text: string): number | null {
  const m = CLOCK_PARTS().exec(text.trim());
  if (!m) return null;
  let hours = Number(m[1]) % 12;
  const half = (m[3] ?? '').toLowerCase();
  if (half === '') hours = Number(m[1]);
  else if (half === 'p') hours += 12;
  return hours < 24 ? hours * 60 + Number(m[2]) : null;
}

/** A time of day's hours, minutes and half of the day ('a' or 'p'), if written. */
const CLOCK_PARTS = lazyPattern(() => /^(\d{1,2})[:.](\d{2})(?:[:.]\d{2})?(?:\s?([ap])\.?m\.?)?/i);

/** A live blog's entries below its long summary entry hold at least this share of its prose. */
const LIVE_PARTS_SHARE = 0.25;

/** A live blog's entries beside one another fall within this span (a day's coverage and more). */
const LIVE_SPAN_MS = 2 * 24 * 3_600_000;

/**
 * Whether `unit` and its `parts` (siblings of its kind), in the page's order, each carry a
 * `<time datetime>` and their times fall down the page (never rise), all within LIVE_SPAN_MS. Asked only
 * where units of one kind side by side hold less prose than the chosen one.
 */
function newestFirst(unit: Element, parts: Element[]): boolean {
  const units = [unit, ...parts].sort((a, b) => (precedes(a, b) ? -1 : 1));
  let last = Number.POSITIVE_INFINITY;
  let first = Number.NaN;
  for (const el of units) {
    const time = Date.parse(el.querySelector('time[datetime]')?.getAttribute('datetime') ?? '');
    if (Number.isNaN(time) || time > last) return false;
    if (Number.isNaN(first)) first = time;
    last = time;
  }
  return first > last && first - last <= LIVE_SPAN_MS;
}

/** Clock-timed parts beside the chosen one hold at least this share of its prose together. */
const CLOCKED_PARTS_SHARE = 0.5;

/**
 * Whether a unit is stamped with a time of day only: its first `<time>`, or element named for a
 * time, reads '14:31', '12.35 pm' or '2:31 PM', with no date in its text or its datetime; or
 * reads a time of day in a named zone ('18:12 BST', '3:30 p.m. ET'), as a newsroom stamps a
 * live entry whatever its datetime holds (a forum prints a reader's time in no zone).
 */
function clockTimed(unit: Element): boolean {
  const stamp = unit.querySelector('time, [class*="time"]');
  if (!stamp) return false;
  const text = (stamp.textContent ?? '').trim();
  const machine = stamp.getAttribute('datetime');
  return (
    (CLOCK().test(text) && (machine === null || CLOCK().test(machine))) || ZONED_CLOCK().test(text)
  );
}

/** A time of day alone. */
const CLOCK = lazyPattern(() => /^\d{1,2}[:.]\d{2}(?:[:.]\d{2})?(?:\s?[ap]\.?m\.?)?$/i);

/** A time of day in a zone named by its capitals or by its offset ('AM' and 'PM' name none). */
const ZONED_CLOCK = lazyPattern(
  () =>
    /^\d{1,2}[:.]\d{2}(?:\s?[aApP]\.?[mM]\.?)?\s(?!(?:AM|PM)$)(?:[A-Z]{2,4}|(?:UTC|GMT)[+-]\d{1,2})$/,
);

/**
 * Whether `next` goes on with the story of `unit`, a unit of its kind just before it: a story
 * split in two around an ad (two `<article>`s of one class, the second "Story continues"), the
 * second opening with no heading of its own (a headline, a card's title, a label) and holding
 * prose, at most one block (the ad's slot) between them. A stream's next story, a promo card
 * or a box under a label opens with its heading.
 */
function continues(unit: Element, next: Element, proseOf: (el: Element) => number): boolean {
  const between = unit.nextElementSibling;
  if (between !== next && between?.nextElementSibling !== next) return false;
  return proseOf(next) > 0 && !OPENING_HEADING(next) && !next.querySelector('h1, h2, h3');
}

/**
 * Whether the page's `<h1>` stands outside `unit`'s parent, above the units side by side: a
 * stream's stories each hold their own headline, a live blog's entries sit under the blog's.
 */
function headlineAbove(doc: Document, unit: Element): boolean {
  const headline = doc.querySelector('h1');
  const parent = unit.parentElement;
  return !!headline && !!parent && !parent.contains(headline) && precedes(headline, parent);
}

/**
 * Whether two units are made from one template: their first elements are of one kind (a live
 * blog's entries each open with their time, a document's pages with their content block).
 * Columns of a layout, of one class, hold different boxes: the story, a box of notes.
 */
function sameTemplate(a: Element, b: Element): boolean {
  const x = a.firstElementChild;
  const y = b.firstElementChild;
  return !!x && !!y && x.localName === y.localName && firstClass(x) === firstClass(y);
}

/** A live blog's entries beside the chosen one: two at least (one is a story and its box). */
const PARTS_BESIDE = 2;

/**
 * A part numbered in series with the chosen one holds an article's prose of its own at least
 * (a page of a document), whatever its share: one page of a report is shorter than the next.
 */
const NUMBERED_PART_CHARS = 280;

/**
 * Whether two elements' ids number them in one series ("pf1" and "pf2", "page-1" and
 * "page-2"): the pages of a document converted to HTML, each a block of its own, are parts of
 * it, where two boxes side by side are named apart.
 */
function inNumberedSeries(a: Element, b: Element): boolean {
  const x = NUMBERED_ID.exec(a.id);
  const y = NUMBERED_ID.exec(b.id);
  return !!x && !!y && x[1] === y[1] && x[2] !== y[2];
}

const NUMBERED_ID = /^(.*?)(\d+)$/;

/** Whether `headline` is long enough to name a story and one of the page's titles holds it. */
export function namesPageTitle(doc: Document, headline: string): boolean {
  const text = squashLower(headline);
  return text.length >= MIN_TITLE_CHARS && pageTitles(doc).some((title) => title.includes(text));
}

/**
 * Another story set beside the page's own: a box repeating a wire story under a related
 * story's headline ("Related: from the wires", its own title, credit and paragraphs) can hold
 * more prose than a short story above it. When `unit` opens with a heading the page's titles do
 * not name and holds no `<h1>`, a sibling nearby holding an article's prose and the page's
 * headline (an `<h1>` they name), or standing between that headline and `unit` without a
 * heading of its own opening it, is the story; undefined when there is none (the climb goes on).
 */
function storyBeside(
  doc: Document,
  unit: Element,
  named: (headline: string | null) => boolean,
  holdsArticle: (el: Element) => boolean,
): Element | undefined {
  // First the siblings holding an article's prose (a look-up each): on most pages none does,
  // and `unit`'s headings are never searched.
  const candidates = nearSiblings(unit, holdsArticle);
  if (candidates.length === 0) return undefined;
  // Any heading opening it, a short label ("Related", "From the wires") too.
  const own = OPENING_HEADING(unit);
  if (!own || named(own) || unit.querySelector('h1')) return undefined;
  let pageHeadline: Element | null | undefined;
  const headlineBefore = (sibling: Element) => {
    if (pageHeadline === undefined) {
      const h1 = doc.querySelector('h1');
      pageHeadline = h1 && named(squashLower(h1.textContent ?? '')) ? h1 : null;
    }
    return (
      !!pageHeadline &&
      precedes(pageHeadline, sibling) &&
      precedes(sibling, unit) &&
      !OPENING_HEADING(sibling)
    );
  };
  for (const sibling of candidates) {
    const headline = sibling.querySelector('h1');
    if (headline ? named(squashLower(headline.textContent ?? '')) : headlineBefore(sibling))
      return sibling;
  }
  return undefined;
}

/** `unit`'s siblings up to UNIT_SIBLINGS away on each side that `keep` keeps, nearest first. */
function nearSiblings(unit: Element, keep: (el: Element) => boolean): Element[] {
  const kept: Element[] = [];
  let before = unit.previousElementSibling;
  let after = unit.nextElementSibling;
  for (let i = 0; i < UNIT_SIBLINGS; i++) {
    if (before && keep(before)) kept.push(before);
    if (after && keep(after)) kept.push(after);
    before = before?.previousElementSibling ?? null;
    after = after?.nextElementSibling ?? null;
  }
  return kept;
}

/**
 * A story beside another repeated in a box holds at least a third of the box's prose (a wire
 * story as long as a short story, or twice as long); a lead under the headline beside a long
 * body opened by a subheading holds far less, and the body stays the article.
 */
const STORY_BESIDE_SHARE = 3;

/** A block's opening heading of any length (a label such as "Related" too), or null. */
const OPENING_HEADING = (el: Element) => headlineOf(el, 'h1, h2, h3, h4', 1);

/**
 * The page's titles, lower case: its `<title>`, and the Open Graph and Twitter titles, which
 * keep the headline's words where the `<title>` is a search headline worded apart.
 */
function pageTitles(doc: Document): string[] {
  const titles = [doc.title ?? ''];
  for (const meta of Array.from(doc.head?.querySelectorAll(TITLE_METAS) ?? []))
    titles.push(meta.getAttribute('content') ?? '');
  return titles.map(squashLower).filter((t) => t.length >= MIN_TITLE_CHARS);
}

const TITLE_METAS = 'meta[property="og:title"], meta[name="twitter:title"]';

/** A title or headline shorter than this ("Home", "News") names no story. */
const MIN_TITLE_CHARS = 15;

/**
 * A unit's headline, lower case with its white space squashed: its first `<h1>` or `<h2>`,
 * standing before its first paragraph of prose (a story's body, whose subheadings follow its
 * lead, has none; a section's name set in a `<p>` above the headline is a kicker, not prose).
 * Null without a long one.
 */
function headlineOf(unit: Element, headings = 'h1, h2', minChars = MIN_TITLE_CHARS): string | null {
  const heading = unit.querySelector(headings);
  if (!heading) return null;
  const paragraph = firstProse(unit);
  if (paragraph && !precedes(heading, paragraph)) return null;
  const text = squashLower(heading.textContent ?? '');
  return text.length >= minChars ? text : null;
}

/** A kicker, a dateline or a label is shorter than a paragraph of prose. */
const MIN_PROSE_CHARS = 25;

/** The paragraphs looked at for the first of prose: a unit opens with a few short lines at most. */
const MAX_OPENING_PARAGRAPHS = 4;

/** `unit`'s first paragraph of prose (MIN_PROSE_CHARS or more), among its first few; else its first. */
function firstProse(unit: Element): Element | null {
  const paragraphs = unit.getElementsByTagName('p');
  for (let i = 0; i < paragraphs.length && i < MAX_OPENING_PARAGRAPHS; i++) {
    const p = paragraphs[i] as Element;
    if ((p.textContent ?? '').trim().length >= MIN_PROSE_CHARS) return p;
  }
  return paragraphs[0] ?? null;
}

const squashLower = (s: string) => s.replace(/\s+/g, ' ').trim().toLowerCase();

/** The first word of an element's class, which names its kind ("gm-article" of "gm-article gm-article--next"). */
function firstClass(el: Element): string {
  const names = (el.getAttribute('class') ?? '').trim();
  const space = names.search(/\s/);
  return space < 0 ? names : names.slice(0, space);
}
