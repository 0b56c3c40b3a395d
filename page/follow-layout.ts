/**
 * Calls `update` once per frame while anything that can move a sentence on screen happens: a
 * scroll of the page or of any scrolling box (scroll events do not bubble, so the listener
 * captures them on the document), a window resize, or a pinch-zoom or on-screen keyboard changing
 * the visual viewport. Everything stops when `signal` aborts.
 */
export function followLayout(doc: Document, update: () => void, signal: AbortSignal): void {
  const win = doc.defaultView;
  if (!win) return;
  let frame = 0;
  const schedule = () => {
    if (frame || signal.aborted) return;
    frame = win.requestAnimationFrame(() => {
      frame = 0;
      if (!signal.aborted) update();
    });
  };
  const options = { capture: true, passive: true, signal };
  doc.addEventListener('scroll', schedule, options);
  win.addEventListener('resize', schedule, options);
  win.visualViewport?.addEventListener('resize', schedule, options);
  win.visualViewport?.addEventListener('scroll', schedule, options);
  signal.addEventListener('abort', () => win.cancelAnimationFrame(frame), { once: true });
}
