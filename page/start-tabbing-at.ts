/**
 * Moves the browser's sequential focus navigation starting point to the sentence, so the next
 * Tab continues from there rather than from the top of the page (where it goes once the focused
 * card is removed). Chromium moves that point only by focus, not by a selection (tried), so the
 * sentence's element is made focusable, focused and blurred, and the attribute removed, all in
 * one task: the page never renders it, and the article's markup is as it was.
 */
export function startTabbingAt(range: Range): void {
  const start = range.startContainer;
  const element = start instanceof Element ? start : start.parentElement;
  if (!(element instanceof HTMLElement)) return;
  const had = element.getAttribute('tabindex');
  if (had === null) element.setAttribute('tabindex', '-1');
  element.focus({ preventScroll: true });
  element.blur();
  if (had === null) element.removeAttribute('tabindex');
}
