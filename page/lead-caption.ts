/**
 * The caption of an article's lead picture where the body's block leaves it out (issue 18,
 * round 27: a WordPress news theme prints `header.article-header`, then
 * `div.article-lead-image > figure > figcaption`, then the body's `div#article-content`, all in
 * the `<article>`). The newsroom wrote the caption and the reader reads it under the picture,
 * as a caption inside the body is read; only the picture's block between the headline and the
 * body's block is looked at, and only when the body's block does not hold the headline.
 */

import { precedes } from './document-order';

/** Blocks before the body's block looked at, nearest first (a share bar, the picture, a byline). */
const MAX_LEAD_BLOCKS = 3;
/** Wrappers of one child each looked through to the `<figure>` (a lead-image box, its link-less frame). */
const MAX_FIGURE_DEPTH = 2;

/**
 * The `<figcaption>`s of the lead pictures standing between `headline` and `root`, the article's
 * body block, in document order: each a `<figure>` (alone in one-child wrappers) among the few
 * elements before `root` and after the headline, holding a picture and a caption and no link (a
 * promo's figure is a link to another page). `isSkipped` says whether a wrapper on the way is
 * furniture by name, tag or role. A handful of property reads on a page whose body block holds
 * its headline, none otherwise.
 */
export function leadCaptions(
  root: Element,
  headline: Element,
  isSkipped: (el: Element) => boolean,
): Element[] {
  const out: Element[] = [];
  let block = root.previousElementSibling;
  for (let i = 0; block && i < MAX_LEAD_BLOCKS; i++, block = block.previousElementSibling) {
    if (block.contains(headline) || !precedes(headline, block)) break;
    const caption = captionOf(block, isSkipped);
    if (caption) out.unshift(caption);
  }
  return out;
}

/** The caption of the picture `block` is or holds alone, or null. */
function captionOf(block: Element, isSkipped: (el: Element) => boolean): Element | null {
  let el: Element | null = block;
  for (let depth = 0; el && depth <= MAX_FIGURE_DEPTH; depth++) {
    if (isSkipped(el)) return null;
    if (el.localName === 'figure') break;
    const only: Element | null = el.firstElementChild;
    el = only && only === el.lastElementChild ? only : null;
  }
  if (el?.localName !== 'figure') return null;
  if (!el.querySelector('img, picture') || el.querySelector('a[href]')) return null;
  const caption = el.querySelector('figcaption');
  return caption && (caption.textContent ?? '').trim() !== '' ? caption : null;
}
