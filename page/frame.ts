/**
 * Which frames Claimlight reads. The content script runs in every frame of a matched page
 * (all_frames), so an article a site renders in its own iframe is highlighted; but a frame from
 * another origin (an embedded player, an ad, a widget) is not the page's article, and its owner
 * did not ask for us: it is left alone.
 */

/** True for the top frame, and for a frame whose origin is the top frame's. */
export function isSameOriginAsTop(win: Window): boolean {
  const top = win.top;
  if (!top || top === win) return true;
  try {
    // Reading another origin's origin throws (SecurityError); about:blank and srcdoc frames
    // inherit their parent's origin, so they count as the page's own.
    return top.origin === win.origin;
  } catch {
    return false;
  }
}
