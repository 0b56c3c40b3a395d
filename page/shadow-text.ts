/**
 * The text of a page's open shadow roots, which body.textContent leaves out. An app built from
 * web components can render its whole article there, leaving the light DOM almost empty.
 */

/**
 * Light text shorter than this is worth looking past: a page made of web components has little
 * of it. A page with more is read as it is, so the common case pays nothing extra.
 */
export const SHADOW_LOOK_BELOW_CHARS = 2_000;

/** Elements visited at most while looking for shadow roots (a guard, not a budget). */
const MAX_ELEMENTS = 20_000;

/** The textContent of every open shadow root in `doc`, nested ones included, joined by spaces. */
export function openShadowText(doc: Document): string {
  return openShadowRoots(doc)
    .map((shadow) => shadow.textContent ?? '')
    .join(' ');
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
  const roots: ParentNode[] = [doc];
  let visited = 0;
  for (let next = 0; next < roots.length && visited < MAX_ELEMENTS; next++) {
    const all = (roots[next] as ParentNode).querySelectorAll('*');
    for (let i = 0; i < all.length; i++) {
      if (++visited > MAX_ELEMENTS) break;
      if (visited % ELEMENTS_PER_STEP === 0) yield;
      const shadow = (all[i] as Element & { shadowRoot?: ShadowRoot | null }).shadowRoot;
      if (!shadow) continue;
      found.push(shadow);
      roots.push(shadow);
    }
  }
  return found;
}

/** The shadow root `el` sits in, or null in the document (or a detached tree). */
export function shadowRootOf(el: Element): ShadowRoot | null {
  const root = el.getRootNode?.() as (Node & { host?: Element }) | undefined;
  return root?.nodeType === 11 && root.host ? (root as ShadowRoot) : null;
}
