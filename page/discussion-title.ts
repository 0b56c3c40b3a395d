/**
 * A readers' discussion known by its title rather than its class (issue 18): comment threads
 * built of hashed or unnamed blocks still open with a heading saying what they are ("4
 * Comments", "Responses (14)", "Join the conversation"). Used by the article's scoring (their
 * paragraphs are not prose) and by the furniture check inside the article.
 */

import { lazyPattern } from './lazy-pattern';

/** Headings a thread's title is written in. */
const HEADINGS = new Set(['h2', 'h3', 'h4', 'h5', 'h6']);

/** A title is at most this long. */
const MAX_TITLE_CHARS = 40;

/**
 * Whether `el` opens with a title of a readers' discussion: its first child, or that child's
 * first child (a thread's header bar), is an `<h2>`–`<h6>`, or a plain block of text alone,
 * saying "Comments", "12 comments", "Responses (14)", "Join the conversation". A few property
 * reads for a block that opens otherwise; a title's short text only when it opens with one.
 */
export function isTitledDiscussion(el: Element): boolean {
  let kid = el.firstElementChild;
  for (let level = 0; kid && level < 2; level++, kid = kid.firstElementChild) {
    if (HEADINGS.has(kid.localName)) return isDiscussionTitle(kid.textContent ?? '');
    // A title set in a plain block ("<div class=x9f>4 Comments</div>"): text alone, no link
    // (a count linking to the thread opens many an article's byline, not the thread), and
    // saying more than a kicker does ("Comment" labels an opinion piece above its headline).
    if (!kid.firstElementChild && TITLE_BLOCKS.has(kid.localName)) {
      const only = kid.firstChild;
      if (!only || only !== kid.lastChild || only.nodeType !== 3) return false;
      const text = (only as Text).data;
      return isDiscussionTitle(text) && !KICKER().test(text) && !el.querySelector('h1');
    }
  }
  return false;
}

/** A section's name above a story, not a thread's title: a word alone, with no count. */
const KICKER = lazyPattern(() => /^\s*(?:comment|discussion|reader comments?)\s*:?\s*$/i);

/** The plain blocks a thread's title is written in where it is not a heading. */
const TITLE_BLOCKS = new Set(['div', 'span', 'strong', 'b', 'header', 'label']);

function isDiscussionTitle(text: string): boolean {
  return text.length <= MAX_TITLE_CHARS && hasDiscussionWord(text) && DISCUSSION_TITLE().test(text);
}

/**
 * Whether a heading holds a word of DISCUSSION_TITLE: native searches, so that an article's
 * subheadings never compile the expression.
 */
function hasDiscussionWord(text: string): boolean {
  const lower = text.toLowerCase();
  for (const word of DISCUSSION_WORDS) if (lower.includes(word)) return true;
  return false;
}

const DISCUSSION_WORDS = ['comment', 'discussion', 'respons', 'repl', 'reaction', 'conversation'];

/**
 * A readers' discussion's title. "Responses", "Replies" and "Reactions" only with their count:
 * alone, a news article's own section can be called so ("Reactions" from abroad).
 */
const DISCUSSION_TITLE = lazyPattern(
  () =>
    /^\s*(?:(?:\d[\d,.]*k?\s+)?(?:reader\s+|readers'?\s+)?(?:comments?|discussion)(?:\s*\(\d[\d,.]*k?\))?|\d[\d,.]*k?\s+(?:responses?|replies|reactions)|(?:responses?|replies|reactions)\s*\(\d[\d,.]*k?\)|(?:join|start) the (?:conversation|discussion)|(?:leave|add|post) a (?:comment|reply))\s*:?\s*$/i,
);

/** How many elements of a block are looked through, in document order, for its heading. */
const REPLY_HEADING_REACH = 16;

/**
 * Whether `el` is a reply in a thread: its first heading, among its first few elements, is a
 * post's subject answering another's ("Re: The ferry sails again"), as forums (phpBB,
 * vBulletin) and mailing-list archives title every reply. The opening post's heading is the
 * topic's own. A bounded walk: a block with no heading near its top is not read further.
 */
export function isReplyPost(el: Element): boolean {
  let seen = 0;
  for (let node = el.firstElementChild; node && seen < REPLY_HEADING_REACH; seen++) {
    if (HEADINGS.has(node.localName)) return REPLY_SUBJECT.test(node.textContent ?? '');
    node = node.firstElementChild ?? nextAfter(node, el);
  }
  return false;
}

const REPLY_SUBJECT = /^\s*(?:re|aw|sv)(?:\[\d+\])?\s*:\s*\S/i;

/** The element after `node`'s subtree in document order, inside `root`. */
function nextAfter(node: Element, root: Element): Element | null {
  for (let e: Element | null = node; e && e !== root; e = e.parentElement)
    if (e.nextElementSibling) return e.nextElementSibling;
  return null;
}
