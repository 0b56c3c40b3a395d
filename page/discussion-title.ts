/**
 * A readers' discussion known by its title rather than its class (issue 18): comment threads
 * built of hashed or unnamed blocks still open with a heading saying what they are ("4
 * Comments", "Responses (14)", "Join the conversation"). Used by the article's scoring (their
 * paragraphs are not prose) and by the furniture check inside the article.
 */

/** Headings a thread's title is written in. */
const HEADINGS = new Set(['h2', 'h3', 'h4', 'h5', 'h6']);

/** A title is at most this long. */
const MAX_TITLE_CHARS = 40;

/**
 * Whether `el` opens with a heading that titles a readers' discussion: its first child, or
 * that child's first child (a thread's header bar), is an `<h2>`–`<h6>` saying "Comments",
 * "12 comments", "Responses (14)", "Join the conversation". Two property reads for a block
 * that opens otherwise; a heading's short text only when it opens with one.
 */
export function isTitledDiscussion(el: Element): boolean {
  let kid = el.firstElementChild;
  for (let level = 0; kid && level < 2; level++, kid = kid.firstElementChild) {
    if (HEADINGS.has(kid.localName)) {
      const text = kid.textContent ?? '';
      return (
        text.length <= MAX_TITLE_CHARS && hasDiscussionWord(text) && DISCUSSION_TITLE.test(text)
      );
    }
  }
  return false;
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
const DISCUSSION_TITLE =
  /^\s*(?:(?:\d[\d,.]*k?\s+)?(?:reader\s+|readers'?\s+)?(?:comments?|discussion)(?:\s*\(\d[\d,.]*k?\))?|\d[\d,.]*k?\s+(?:responses?|replies|reactions)|(?:responses?|replies|reactions)\s*\(\d[\d,.]*k?\)|(?:join|start) the (?:conversation|discussion)|(?:leave|add|post) a (?:comment|reply))\s*:?\s*$/i;
