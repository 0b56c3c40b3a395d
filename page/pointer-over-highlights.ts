/**
 * The one hover cue a CSS highlight can have. `::highlight()` accepts no `cursor` (and a Range
 * has no element to carry a tooltip), so while the pointer is over a highlighted statement the
 * document element gets `data-claimlight-pointer`, and content/document-highlight-rules.css
 * shows a pointer cursor for it; the attribute goes as soon as the pointer leaves. Hit-testing runs at most once
 * per frame. The attribute is on <html>, outside the article, so the article's DOM is unchanged.
 */
import { hitTest } from './paint';

export const POINTER_ATTRIBUTE = 'data-claimlight-pointer';

export function showPointerOverHighlights(
  doc: Document,
  ranges: () => readonly Range[],
  signal: AbortSignal,
): void {
  const win = doc.defaultView;
  if (!win) return;
  let frame = 0;
  let x = 0;
  let y = 0;
  const root = doc.documentElement;
  const set = (over: boolean) => {
    if (over !== root.hasAttribute(POINTER_ATTRIBUTE))
      root.toggleAttribute(POINTER_ATTRIBUTE, over);
  };
  const check = () => {
    frame = 0;
    if (signal.aborted) return;
    const list = ranges();
    set(list.length > 0 && hitTest(doc, list as Range[], x, y) >= 0);
  };
  doc.addEventListener(
    'mousemove',
    (event) => {
      x = event.clientX;
      y = event.clientY;
      frame ||= win.requestAnimationFrame(check);
    },
    { passive: true, signal },
  );
  // Leaving the window, or scrolling text out from under a still pointer, drops the cue.
  doc.addEventListener('mouseleave', () => set(false), { passive: true, signal });
  doc.addEventListener('scroll', () => set(false), { passive: true, capture: true, signal });
  signal.addEventListener(
    'abort',
    () => {
      win.cancelAnimationFrame(frame);
      root.removeAttribute(POINTER_ATTRIBUTE);
    },
    { once: true },
  );
}
