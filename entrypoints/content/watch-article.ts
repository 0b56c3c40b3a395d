/**
 * Calls `onChange` (debounced) when the page's text changes after load: lazy-loaded paragraphs,
 * single-page-app navigation, an app that re-renders its article. Our own UI is ignored, or
 * opening a card would trigger a re-scan.
 *
 * The debounce waits for the page to settle, but never longer than MAX_WAIT_MS: an app that
 * re-renders on a timer never settles, and its highlights (whose Ranges point at the text nodes
 * it threw away) would otherwise never come back. A re-scan of unchanged text reuses the
 * matches and only re-anchors them, so firing during constant churn stays cheap.
 */
const DEBOUNCE_MS = 400;
const MAX_WAIT_MS = 1_500;

/** A running watch: more roots can be added to it. */
export type ArticleWatch = {
  /**
   * Watches an open shadow root too: a document's observer does not see into shadow trees, so
   * a web component that re-renders its article would otherwise go unnoticed.
   */
  observe(root: ShadowRoot): void;
};

export function watchArticle(
  doc: Document,
  isOwnNode: (node: Node) => boolean,
  onChange: () => void,
  signal: AbortSignal,
  /**
   * Called at once on every relevant change, before the debounce: a re-rendered article's
   * highlights are re-anchored before the page paints without them (reader.ts).
   */
  onChangeNow?: () => void,
): ArticleWatch {
  const target = doc.body ?? doc.documentElement;
  if (!target || signal.aborted) return { observe() {} };
  let timer: ReturnType<typeof setTimeout> | undefined;
  /** When the first change not yet scanned arrived. */
  let pendingSince: number | undefined;
  const fire = () => {
    clearTimeout(timer);
    timer = undefined;
    pendingSince = undefined;
    onChange();
  };
  const observer = new MutationObserver((records) => {
    const relevant = records.some((r) => {
      if (isOwnNode(r.target)) return false;
      if (r.type === 'characterData') return true;
      const nodes = [...Array.from(r.addedNodes), ...Array.from(r.removedNodes)];
      return nodes.some((n) => !isOwnNode(n));
    });
    if (!relevant) return;
    onChangeNow?.();
    const now = performance.now();
    pendingSince ??= now;
    clearTimeout(timer);
    const wait = Math.max(0, Math.min(DEBOUNCE_MS, pendingSince + MAX_WAIT_MS - now));
    timer = setTimeout(fire, wait);
  });
  const options: MutationObserverInit = { childList: true, subtree: true, characterData: true };
  observer.observe(target, options);
  signal.addEventListener(
    'abort',
    () => {
      observer.disconnect();
      clearTimeout(timer);
    },
    { once: true },
  );
  const watched = new WeakSet<ShadowRoot>();
  return {
    observe(root) {
      if (signal.aborted || watched.has(root)) return;
      watched.add(root);
      observer.observe(root, options);
    },
  };
}
