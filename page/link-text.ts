/**
 * How much of a block's text is link text: the measure by which the article's scoring tells
 * prose from lists of other pages (find-article-root.ts), and the furniture check tells a box of
 * links from a paragraph (furniture.ts).
 */

/** The share of `el`'s text (of length `length`) that is link text. */
export function linkShare(el: Element, length: number): number {
  return length === 0 ? 0 : Math.min(1, linkChars(el) / length);
}

/** The characters of link text in `el`. */
export function linkChars(el: Element): number {
  // Most paragraphs hold no element at all: no collection to build for them.
  if (!el.firstElementChild) return 0;
  const links = el.getElementsByTagName('a');
  let linked = 0;
  // The collection's length read once: each read is a call into the DOM.
  for (let i = 0, n = links.length; i < n; i++) {
    const a = links[i] as Element;
    // Most links hold one Text node: its length, without building the link's text.
    const only = a.firstChild;
    linked +=
      only && only === a.lastChild && only.nodeType === 3
        ? (only as Text).data.length
        : (a.textContent ?? '').length;
  }
  return linked;
}
