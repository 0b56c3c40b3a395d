/**
 * How much of a block's text is link text: the measure by which the article's scoring tells
 * prose from lists of other pages (find-article-root.ts), and the furniture check tells a box of
 * links from a paragraph (furniture.ts).
 */

/** The share of `el`'s text (of length `length`) that is link text. */
export function linkShare(el: Element, length: number): number {
  return length === 0 ? 0 : Math.min(1, linkChars(el) / length);
}

/**
 * The characters of link text in `el`: every `<a>` below it, counted as getElementsByTagName('a')
 * lists them (a link inside a link counted again). Its elements are walked in document order
 * rather than through that collection: a page's first scan runs this code cold, and building a
 * live HTMLCollection and reading it by index cost twice a walk's time on a short article's
 * paragraphs (measured in fresh Chromium tabs).
 */
export function linkChars(el: Element): number {
  let linked = 0;
  // Most paragraphs hold no element at all: nothing to walk.
  let e = el.firstElementChild;
  while (e) {
    // An unprefixed `a` of any namespace, as getElementsByTagName('a') matches in an HTML page.
    if (e.localName === 'a' && !e.prefix) {
      // Most links hold one Text node: its length, without building the link's text.
      const only = e.firstChild;
      linked +=
        only && only === e.lastChild && only.nodeType === 3
          ? (only as Text).data.length
          : (e.textContent ?? '').length;
    }
    const down: Element | null = e.firstElementChild;
    if (down) {
      e = down;
      continue;
    }
    let next: Element | null = e.nextElementSibling;
    while (!next) {
      const up: Element | null = e.parentElement;
      if (!up || up === el) return linked;
      e = up;
      next = e.nextElementSibling;
    }
    e = next;
  }
  return linked;
}
