/**
 * A story shown in a modal (issue 18, rounds 6, 7 and 9): an app that opens a story from its
 * home page puts it in a modal over that page (the route a `role=dialog`, the grid behind it
 * hidden by aria-hidden), often keeping the home page's titles. The modal is then the page's
 * article, and the home page behind it, with its own dates, is not. A cookie wall, a sign-in
 * box or a newsletter pop-up is a modal too, and holds no story.
 */

import { precedes } from './document-order';
import { linkChars } from './link-text';
import { namesPageTitle } from './story-stream';

/** An open modal: a cookie wall, a sign-in box, a newsletter pop-up, or a story. */
export const MODAL = '[aria-modal="true"], dialog[open], [role="dialog"], [role="alertdialog"]';

/**
 * Whether `el` is a modal showing the page's own story: its `<h1>` the page's titles name or,
 * where the app keeps its home page's titles, one followed by an article's prose (storyUnder).
 * A cookie wall or a sign-up box holds no such headline. One search of the modal for an
 * `<h1>`, once per modal.
 */
export function isStoryModal(el: Element): boolean {
  if (!el.matches(MODAL)) return false;
  const headline = el.querySelector('h1');
  return (
    !!headline &&
    (namesPageTitle(el.ownerDocument, headline.textContent ?? '') || storyUnder(el, headline))
  );
}

/**
 * The open modal showing the page's story, or null: the first modal of the page (an app shows
 * one at a time) when it is a story's. One search of the document for a modal.
 */
export function storyModalIn(doc: Document): Element | null {
  const modal = doc.querySelector(MODAL);
  return modal && isStoryModal(modal) ? modal : null;
}

/** A story's prose under its headline: this many paragraphs at least (a consent text is one). */
const MIN_STORY_PARAGRAPHS = 3;

/** Shorter paragraphs (a dateline, a caption, a button's line) are not a story's prose. */
const MIN_PARAGRAPH_CHARS = 25;

/** A story's prose under its headline holds this much at least (links left out). */
const MIN_STORY_CHARS = 280;

/**
 * Whether `modal` holds, after its `<h1>`, a story: an article's prose, MIN_STORY_PARAGRAPHS
 * paragraphs or more of MIN_PARAGRAPH_CHARS, MIN_STORY_CHARS in all, mostly not links; and
 * either its date (a `<time>` after the headline) or, undated, the page's one headline (no
 * `<h1>` outside it: the home page behind it has none of its own) and no field to fill in. A
 * sign-up box asks for an address and is not dated, a sign-in box's lines are short, a consent
 * wall's text one paragraph under an `<h2>`; a pop-up's pitch over an article stands beside
 * that article's `<h1>`.
 */
function storyUnder(modal: Element, headline: Element): boolean {
  const time = modal.querySelector('time');
  const dated = !!time && precedes(headline, time);
  if (!dated && (!isOnlyHeadline(headline) || modal.querySelector(FIELDS))) return false;
  const paragraphs = modal.getElementsByTagName('p');
  let count = 0;
  let prose = 0;
  for (let i = 0; i < paragraphs.length; i++) {
    const p = paragraphs[i] as Element;
    const length = (p.textContent ?? '').trim().length;
    if (length < MIN_PARAGRAPH_CHARS || !precedes(headline, p)) continue;
    const own = length - Math.min(length, linkChars(p));
    if (own < length / 2) continue;
    count++;
    prose += own;
  }
  return count >= MIN_STORY_PARAGRAPHS && prose >= MIN_STORY_CHARS;
}

/** What a sign-up or sign-in box asks the reader to fill in. */
const FIELDS = 'input:not([type="hidden"]), select, textarea';

/**
 * Whether `headline` is the document's only `<h1>` naming a story: another may hold the site's
 * nameplate (its logo, or a link home holding all its text), as many home pages set it.
 */
function isOnlyHeadline(headline: Element): boolean {
  const all = headline.ownerDocument.getElementsByTagName('h1');
  for (let i = 0; i < all.length && i <= MAX_NAMEPLATES; i++) {
    const h1 = all[i] as Element;
    if (h1 !== headline && !isNameplate(h1)) return false;
  }
  return all.length <= MAX_NAMEPLATES + 1;
}

/** Nameplates in `<h1>`s a page holds at most (the masthead's, a menu's, the footer's). */
const MAX_NAMEPLATES = 3;

/** A nameplate's text (a logo's own words beside it) is at most this long. */
const MAX_NAMEPLATE_CHARS = 40;

/** Whether an `<h1>` holds the site's nameplate: a logo and few words, or only a link home. */
function isNameplate(h1: Element): boolean {
  const text = (h1.textContent ?? '').trim();
  if (h1.querySelector('img, svg')) return text.length <= MAX_NAMEPLATE_CHARS;
  const home = h1.querySelector(HOME_LINK);
  return !!home && (home.textContent ?? '').trim() === text;
}

const HOME_LINK = 'a[href="/"], a[href="./"], a[rel="home"]';
