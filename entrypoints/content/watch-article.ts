/**
 * Calls `onChange` (debounced) when the page's text changes after load: lazy-loaded paragraphs,
 * single-page-app navigation. Our own UI is ignored, or opening a card would trigger a re-scan.
 */
const DEBOUNCE_MS = 400;

export function watchArticle(
  doc: Document,
  isOwnNode: (node: Node) => boolean,
  onChange: () => void,
  signal: AbortSignal,
): void {
  const target = doc.body ?? doc.documentElement;
  if (!target || signal.aborted) return;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const observer = new MutationObserver((records) => {
    const relevant = records.some((r) => {
      if (isOwnNode(r.target)) return false;
      if (r.type === 'characterData') return true;
      const nodes = [...Array.from(r.addedNodes), ...Array.from(r.removedNodes)];
      return nodes.some((n) => !isOwnNode(n));
    });
    if (!relevant) return;
    clearTimeout(timer);
    timer = setTimeout(onChange, DEBOUNCE_MS);
  });
  observer.observe(target, { childList: true, subtree: true, characterData: true });
  signal.addEventListener(
    'abort',
    () => {
      observer.disconnect();
      clearTimeout(timer);
    },
    { once: true },
  );
}
