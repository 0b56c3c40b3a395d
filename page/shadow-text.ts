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
  const parts: string[] = [];
  const roots: ParentNode[] = [doc];
  let visited = 0;
  while (roots.length > 0 && visited < MAX_ELEMENTS) {
    const root = roots.pop() as ParentNode;
    for (const el of Array.from(root.querySelectorAll('*'))) {
      if (++visited > MAX_ELEMENTS) break;
      const shadow = (el as Element & { shadowRoot?: ShadowRoot | null }).shadowRoot;
      if (!shadow) continue;
      parts.push(shadow.textContent ?? '');
      roots.push(shadow);
    }
  }
  return parts.join(' ');
}
