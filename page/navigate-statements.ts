/**
 * Which highlighted statement the "next" and "previous" commands go to, and bringing it into
 * view. The statements are in document order (as the scan returns them).
 */

export type Direction = 'next' | 'previous';

/**
 * The index to go to from `current` (the statement whose card was last opened, or null), given
 * each statement's top edge in viewport coordinates. With no current statement, "next" is the
 * first one at or below the top of the viewport and "previous" the last one above its bottom, so
 * the walk starts where the reader is reading. Wraps around at either end; -1 when there is none.
 */
export function stepStatement(
  tops: readonly number[],
  current: number | null,
  direction: Direction,
  viewHeight: number,
): number {
  const count = tops.length;
  if (!count) return -1;
  if (current !== null && current >= 0 && current < count)
    return direction === 'next' ? (current + 1) % count : (current - 1 + count) % count;
  if (direction === 'next') {
    const below = tops.findIndex((top) => top >= 0);
    return below >= 0 ? below : 0;
  }
  for (let i = count - 1; i >= 0; i--) if ((tops[i] as number) < viewHeight) return i;
  return count - 1;
}

/** Top edge of a statement on screen (its first line), or +Infinity for one not laid out. */
export function topOf(range: Range): number {
  const rect = range.getClientRects()[0];
  return rect ? rect.top : Number.POSITIVE_INFINITY;
}

/**
 * Scrolls the statement to the middle of the viewport, scrolling any scrolling box it sits
 * in as well (scrollIntoView walks them all). Instant, so the card that opens next measures the
 * sentence where it ends up; `prefers-reduced-motion` has nothing to animate.
 */
export function revealStatement(range: Range): void {
  const start = range.startContainer;
  const element = start.nodeType === Node.ELEMENT_NODE ? (start as Element) : start.parentElement;
  element?.scrollIntoView({ block: 'center', inline: 'nearest', behavior: 'instant' });
}
