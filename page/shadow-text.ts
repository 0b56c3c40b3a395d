/**
 * The open shadow roots of a page, whose text body.textContent leaves out. An app built from web
 * components can render its whole article there, leaving the light DOM almost empty, or holding
 * only the site's menus and footer.
 */

/**
 * Light text shorter than this is worth looking past: a page made of web components has little
 * of it, and its open shadow roots are searched (up to MAX_ELEMENTS elements).
 */
export const SHADOW_LOOK_BELOW_CHARS = 2_000;

/**
 * A page with more light text is searched for shadow roots only when it has at most this many
 * elements: the search visits every element, and a page of thousands of navigation links must
 * not pay for it (tests/pages/nav-50k.html). The first look (page/names-the-place.ts) and the
 * article's search (page/find-article-root.ts) look past the same pages.
 */
export const SHADOW_SEARCH_MAX_ELEMENTS = 5_000;

/** Elements visited at most while looking for shadow roots (a guard, not a budget). */
const MAX_ELEMENTS = 20_000;

/**
 * The elements that can be web components, as a selector: none of the built-ins that can host a
 * shadow root (attachShadow()'s list: div, span, p, h1-h6, section, article, header, footer, nav,
 * main, aside, blockquote, body; an app renders its article in its own elements), and since no
 * other built-in can host one, none of the most frequent other tags, which would only cost time.
 * Every other host is a custom element, whose name has a hyphen, which no selector can ask for.
 * Leaving the common tags out in the selector engine spares touching each of the page's elements
 * from script (a fifth of the cost on a page of 3,600). A :not() list stops at the first tag that
 * matches, so the most frequent come first: in Chromium, on a page of 6,700 elements, this list
 * takes the time of the 80 usual tags it replaced, and half that of the hosts alone.
 */
const NOT_BUILT_IN =
  ':not(div,a,span,p,li,ul,img,svg,path,g,use,script,meta,link,style,i,br,b,strong,em,button,' +
  'input,option,source,picture,time,h1,h2,h3,h4,h5,h6,section,article,header,footer,nav,main,' +
  'aside,blockquote,body)';

/** Where to look for open shadow roots, and how far: `selector` picks the elements asked. */
export type ShadowSearch = { elements: number; selector: string };

/**
 * How to look for open shadow roots on a page whose light DOM (`root`, its body) holds
 * `lightChars` characters of text, or null when it is not worth it: every element of a page
 * with little light text (an app made of web components), and on a page with more, the custom
 * elements only, when the page is small enough (SHADOW_SEARCH_MAX_ELEMENTS).
 */
export function shadowSearch(root: Element, lightChars: number): ShadowSearch | null {
  if (lightChars < SHADOW_LOOK_BELOW_CHARS) return { elements: MAX_ELEMENTS, selector: '*' };
  // A live collection's length: the body text's pieces (page/body-text.ts) asked it already.
  return root.getElementsByTagName('*').length <= SHADOW_SEARCH_MAX_ELEMENTS
    ? { elements: SHADOW_SEARCH_MAX_ELEMENTS, selector: NOT_BUILT_IN }
    : null;
}

/** Every open shadow root in `doc`, nested ones included, outer ones first. */
export function openShadowRoots(doc: Document): ShadowRoot[] {
  const steps = openShadowRootsSteps(doc);
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}

/** Elements looked at between two yields of openShadowRootsSteps(). */
const ELEMENTS_PER_STEP = 1_000;

/** openShadowRoots() in steps: a page of many thousand elements hands control back between them. */
export function* openShadowRootsSteps(doc: Document): Generator<void, ShadowRoot[], void> {
  const found: ShadowRoot[] = [];
  for (const shadow of eachOpenShadowRoot(doc)) {
    if (shadow) found.push(shadow);
    else yield;
  }
  return found;
}

/**
 * The open shadow roots of `doc` as they are found (hosted by the elements `selector` picks),
 * nested ones included, outer ones first, with a null between groups of ELEMENTS_PER_STEP
 * elements (where a caller can hand control back). A caller that has what it wants stops there:
 * the elements after it are not visited.
 */
export function* eachOpenShadowRoot(
  doc: Document,
  { elements: maxElements, selector }: ShadowSearch = { elements: MAX_ELEMENTS, selector: '*' },
): Generator<ShadowRoot | null, void, void> {
  const roots: ParentNode[] = [doc];
  let visited = 0;
  for (let next = 0; next < roots.length && visited < maxElements; next++) {
    const all = (roots[next] as ParentNode).querySelectorAll(selector);
    for (let i = 0; i < all.length; i++) {
      if (++visited > maxElements) break;
      if (visited % ELEMENTS_PER_STEP === 0) yield null;
      const shadow = (all[i] as Element & { shadowRoot?: ShadowRoot | null }).shadowRoot;
      if (!shadow) continue;
      yield shadow;
      roots.push(shadow);
    }
  }
}

/** The shadow root `el` sits in, or null in the document (or a detached tree). */
export function shadowRootOf(el: Element): ShadowRoot | null {
  const root = el.getRootNode?.() as (Node & { host?: Element }) | undefined;
  return root?.nodeType === 11 && root.host ? (root as ShadowRoot) : null;
}
