/**
 * Where the card goes, as plain geometry (viewport coordinates in, a position out), so the rules
 * are unit-tested without a layout engine: below the sentence's last line when the card fits
 * there, above its first line when it fits there, else on the side with more room with its height
 * capped to that room (the card scrolls inside), and over the sentence when neither side has a
 * usable strip (a phone in landscape, 400 % zoom). Always shifted and clamped fully on screen.
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
};

export const PLACE_DEFAULTS: PlaceOptions = { gap: 8, margin: 8, maxWidth: 380, minHeight: 160 };

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
  const { gap, margin, minHeight } = options;
  const width = cardWidth(view, options);
  const top = view.top + margin;
  const bottom = view.top + view.height - margin;
  const room = Math.max(0, bottom - top);
  const below = bottom - (last.bottom + gap);
  const above = first.top - gap - top;

  let side: Placement['side'];
  let maxHeight: number;
  let y: number;
  if (height <= below) {
    side = 'below';
    maxHeight = below;
    y = last.bottom + gap;
  } else if (height <= above) {
    side = 'above';
    maxHeight = above;
    y = first.top - gap - height;
  } else if (Math.max(below, above) >= Math.min(minHeight, room)) {
    side = below >= above ? 'below' : 'above';
    maxHeight = Math.max(below, above);
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
  return { left: x, top: y, width, maxHeight, side };
}

function clamp(value: number, min: number, max: number): number {
  return Math.max(min, Math.min(value, max));
}
