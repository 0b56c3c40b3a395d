/**
 * The first half of the first look (page/first-look.ts), and all that a page not about the story
 * pays: does its text name the story's place anywhere? The content script carries this file and
 * the two it reads text with (body-text.ts, shadow-text.ts) and nothing else, so the publication
 * date's patterns, say, are not compiled on every page.
 */

import { isAscii } from '../engine/char-class';
import type { FirstLookTerms } from '../engine/compile-story';
import { countAnchorTerms } from '../engine/count-anchor-terms';
import { bodyTextPieces } from './body-text';
import { eachOpenShadowRoot, shadowSearch } from './shadow-text';

/** Why a page that never names the story's place is not about it. */
export const NEVER_NAMED = "never names the story's place: not about this story";

/**
 * Yields between pieces of a big page's text; true at the first piece naming the place. When
 * the light DOM never names it, the open shadow roots are read too, one at a time, until one
 * does: a web component can hold the article beside a light DOM of menus and footers. That
 * costs a search of the page's elements, so it is bounded (shadow-text.ts): every element of a
 * page with little light text (up to 20,000); on others, only custom elements, and only on
 * pages of at most 5,000 elements; and at most SHADOW_TEXT_MAX_CHARS of shadow text.
 */
export function* namesThePlaceSteps(
  doc: Document,
  topic: FirstLookTerms,
  pieceElements?: number,
): Generator<void, boolean, void> {
  const names = splitTerms(topic);
  let length = 0;
  /** The end of the previous piece, in case a name straddles two of them. */
  let tail = '';
  for (const piece of bodyTextPieces(doc, pieceElements)) {
    length += piece.length;
    if (namesIn(tail + piece, names)) return true;
    tail = piece.slice(-TAIL_CHARS);
    yield;
  }
  const root = doc.body ?? doc.documentElement;
  const search = root ? shadowSearch(root, length) : null;
  if (!search) return false;
  let read = 0;
  for (const shadow of eachOpenShadowRoot(doc, search)) {
    if (!shadow) {
      yield;
      continue;
    }
    const text = shadow.textContent ?? '';
    if (namesIn(text, names)) return true;
    read += text.length;
    if (read >= SHADOW_TEXT_MAX_CHARS) return false;
  }
  return false;
}

/** Shadow text read at most by the first look: far more than an article's. */
const SHADOW_TEXT_MAX_CHARS = 200_000;

/**
 * The place's names in ASCII, and the others (Arabic, Kurdish, accented spellings) with the
 * characters they can start with (compile-story.ts works those out at build time).
 * countAnchorTerms() looks again at a text's NFC form when a term has non-ASCII letters and none
 * was found, and the first String.normalize() of a page costs tens of milliseconds (ICU's
 * tables): every page not about the story would pay it. The other names are only looked for in
 * text holding a character they can start with.
 */
type Terms = { ascii: string[]; other: string[]; starts: readonly string[] };

function splitTerms(topic: FirstLookTerms): Terms {
  const ascii: string[] = [];
  const other: string[] = [];
  for (const term of topic.anchorTerms) (isAscii(term) ? ascii : other).push(term);
  return { ascii, other, starts: topic.anchorStarts };
}

function namesIn(text: string, terms: Terms): boolean {
  if (countAnchorTerms(text, terms.ascii, 1) > 0) return true;
  if (terms.other.length === 0 || !terms.starts.some((c) => text.includes(c))) return false;
  return countAnchorTerms(text, terms.other, 1) > 0;
}

/** Longer than any place name. */
const TAIL_CHARS = 64;
