/**
 * Where the card goes, as plain geometry (viewport coordinates in, a position out), so the rules
 * are unit-tested without a layout engine: below the sentence's last line when the card fits
 * there, above its first line when it fits there, else on the side with more room with its height
 * capped to that room (the card scrolls inside). On a small viewport (200 % zoom, a phone in
 * landscape) where neither side has a strip of `minHeight`, it says how far to scroll the page so
 * the sentence rises to the top and the card fits below it (`scroll`, applied once when the card
 * opens, never while the reader scrolls); without that scroll the card takes a compact strip of
 * at least `compactHeight` on the roomier side, and only where even that is missing (400 % zoom)
 * does it go over the sentence. Always shifted and clamped fully on screen.
 */

/** A rectangle in viewport (client) coordinates. */
export type Rect = { left: number; top: number; right: number; bottom: number };

/** The visible part of the viewport: `visualViewport` when pinch-zoomed, less scrollbars. */
export type View = { left: number; top: number; width: number; height: number };

export type Placement = {
  left: number;
  top: number;
  width: number;
  /** The card's height may not exceed this (it scrolls inside beyond it). */
  maxHeight: number;
  side: 'below' | 'above' | 'over';
  /**
   * How far to scroll the page down (negative: up) so the sentence sits at the top with the card
   * below it, when that gives the card more room than any side has now; 0 when not worth it.
   * A caller that scrolls measures the sentence again and places the card anew.
   */
  scroll: number;
};

export type PlaceOptions = {
  /** Space between the sentence and the card. */
  gap: number;
  /** Space kept between the card and the viewport's edges. */
  margin: number;
  /** The card's width on a wide screen. */
  maxWidth: number;
  /** A side strip lower than this is not worth using; the card goes over the sentence instead. */
  minHeight: number;
  /** The lowest strip the card is still usable in (its header and a few lines), beside the sentence. */
  compactHeight: number;
};

export const PLACE_DEFAULTS: PlaceOptions = {
  gap: 8,
  margin: 8,
  maxWidth: 380,
  minHeight: 160,
  compactHeight: 96,
};

/** The card's width for a viewport: `maxWidth`, narrowed to the viewport less its margins. */
export function cardWidth(view: View, options: PlaceOptions = PLACE_DEFAULTS): number {
  return Math.max(0, Math.min(options.maxWidth, view.width - 2 * options.margin));
}

/**
 * Places a card of natural height `height` next to a sentence whose first and last line boxes are
 * `first` and `last`. The result always lies inside `view` less the margins.
 */
export function placeCard(
  first: Rect,
  last: Rect,
  height: number,
  view: View,
  options: PlaceOptions = PLACE_DEFAULTS,
): Placement {
  const { gap, margin, minHeight, compactHeight } = options;
  const width = cardWidth(view, options);
  const top = view.top + margin;
  const bottom = view.top + view.height - margin;
  const room = Math.max(0, bottom - top);
  const below = bottom - (last.bottom + gap);
  const above = first.top - gap - top;

  let side: Placement['side'];
  let maxHeight: number;
  let y: number;
  let scroll = 0;
  const larger = Math.max(below, above);
  if (height > below && height > above && larger < Math.min(minHeight, room)) {
    // The sentence's first line goes no higher than the top margin, and no higher than the card needs.
    const shift = Math.min(first.top - top, last.bottom + gap + height - bottom);
    const after = bottom - (last.bottom - shift + gap);
    if (after > larger && after >= Math.min(compactHeight, room)) scroll = Math.round(shift);
  }
  if (height <= below) {
    side = 'below';
    maxHeight = below;
    y = last.bottom + gap;
  } else if (height <= above) {
    side = 'above';
    maxHeight = above;
    y = first.top - gap - height;
  } else if (larger >= Math.min(compactHeight, room)) {
    side = below >= above ? 'below' : 'above';
    maxHeight = larger;
    y = side === 'below' ? last.bottom + gap : first.top - gap - Math.min(height, maxHeight);
  } else {
    side = 'over';
    maxHeight = room;
    y = top;
  }
  maxHeight = Math.min(maxHeight, room);
  const shown = Math.min(height, maxHeight);
  // A sentence scrolled out of view drags the card to the nearest edge, never off screen.
  y = clamp(y, top, bottom - shown);
  const x = clamp(first.left, view.left + margin, view.left + view.width - margin - width);
  return { left: x, top: y, width, maxHeight, side, scroll };
}

function clamp(value: number, min: number, max: number): number {
  return Math.max(min, Math.min(value, max));
}
