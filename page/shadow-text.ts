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
  const found: ShadowRoot[] = [];
  const roots: ParentNode[] = [doc];
  let visited = 0;
  for (let next = 0; next < roots.length && visited < MAX_ELEMENTS; next++) {
    const root = roots[next] as ParentNode;
    for (const el of Array.from(root.querySelectorAll('*'))) {
      if (++visited > MAX_ELEMENTS) break;
      const shadow = (el as Element & { shadowRoot?: ShadowRoot | null }).shadowRoot;
      if (!shadow) continue;
      found.push(shadow);
      roots.push(shadow);
    }
  }
  return found;
}
