/**
 * A hidden block the reader opens: the article's folded rest behind a 'Read more' control.
 * Read by the walk over the article (article.ts) and scored as prose when the article is
 * looked for (find-article-root.ts).
 */
import { lazyPattern } from './lazy-pattern';
import { linkShare } from './link-text';

/**
 * Whether a hidden block is the article's rest that the reader opens: it holds paragraphs of
 * prose (not a menu's links), and a control saying so stands right before or after it or names it by
 * `aria-controls` ('Continue reading', 'Read more', 'Story continues', 'Show more': Yahoo's
 * collapsed body, a magazine's folded second half). A hidden menu, a hamburger's panel or a
 * comment thread opened by 'Show comments' is not read; aria-hidden is never asked.
 */
export function opensOnRequest(el: Element): boolean {
  // The control first: the block's text and links are read only beside one. The block asked
  // is often the article's body itself (find-article-root.ts asks its best block, shown or
  // not), whose text and links cost a long page a walk of the whole article.
  if (!hasReadOnControl(el) || !el.querySelector('p')) return false;
  const length = (el.textContent ?? '').trim().length;
  return length >= MIN_OPENED_CHARS && linkShare(el, length) <= OPENED_LINK_SHARE;
}

/**
 * Whether a control saying to read on stands right before `el`, or right after it (a 'Read
 * more' button set under the folded rest, as under a clipped box), or names it by
 * `aria-controls`.
 */
function hasReadOnControl(el: Element): boolean {
  const before = el.previousElementSibling;
  if (before && saysReadOn(before)) return true;
  const after = el.nextElementSibling;
  if (after && saysReadOn(after)) return true;
  const id = el.getAttribute('id');
  if (!id) return false;
  const controls = el.ownerDocument.querySelectorAll('[aria-controls]');
  for (let i = 0; i < controls.length; i++) {
    const control = controls[i] as Element;
    const named = (control.getAttribute('aria-controls') ?? '').split(/\s+/);
    if (named.includes(id) && saysReadOn(control)) return true;
  }
  return false;
}

/**
 * Whether `el`, a block of prose shown or not (a stylesheet rule on its class can hide it, and
 * no DOM reading can tell), is the article's rest that a control opens in place: opensOnRequest,
 * the control beside it one that acts on the page (a button, or a link to a place on it), not a
 * link to another page ('Read more' under a related story's summary), and the block holds no
 * headline of its own (a box of teasers with a 'Show more' button under it has several).
 */
export function opensInPlace(el: Element): boolean {
  if (!opensOnRequest(el) || el.querySelector('h1, h2, h3, h4, h5, h6')) return false;
  const id = el.getAttribute('id');
  for (const control of [el.previousElementSibling, el.nextElementSibling])
    if (control && saysReadOn(control) && actsInPlace(control)) return true;
  if (!id) return false;
  const controls = el.ownerDocument.querySelectorAll('[aria-controls]');
  for (let i = 0; i < controls.length; i++) {
    const named = ((controls[i] as Element).getAttribute('aria-controls') ?? '').split(/\s+/);
    if (named.includes(id) && saysReadOn(controls[i] as Element)) return true;
  }
  return false;
}

/** Whether a control acts on the page: a button, or a link to nowhere or a place on the page. */
function actsInPlace(control: Element): boolean {
  if (control.localName === 'button' || control.getAttribute('role') === 'button') return true;
  if (control.hasAttribute('aria-expanded') || control.hasAttribute('aria-controls')) return true;
  const link = control.localName === 'a' ? control : null;
  if (!link) return !control.querySelector('a[href]');
  const href = (link.getAttribute('href') ?? '').trim();
  return href === '' || href.startsWith('#') || href.startsWith('javascript:');
}

/** Whether a control's words (its text, else its label or title) ask to read on. */
function saysReadOn(control: Element): boolean {
  const said = (
    (control.textContent ?? '').trim() ||
    control.getAttribute('aria-label') ||
    control.getAttribute('title') ||
    ''
  ).trim();
  return said.length > 0 && said.length <= MAX_CONTROL_CHARS && READ_ON().test(said);
}

/** A control's words asking to read on. */
const READ_ON = lazyPattern(
  () =>
    /^(?:(?:continue|keep) reading|read (?:more|on|the (?:full|rest|whole))|(?:show|see) (?:more|the full|full)|story continues|expand (?:article|story)|full story)\b/i,
);

/** A control's words are a line: 'Continue reading', 'Read the full story'. */
const MAX_CONTROL_CHARS = 40;

/** A hidden block holding less text is no article's rest (a tooltip, a menu's panel). */
const MIN_OPENED_CHARS = 200;

/** More of a hidden block's text than this is links: a menu, not prose. */
const OPENED_LINK_SHARE = 0.5;
