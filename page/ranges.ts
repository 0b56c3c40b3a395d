/**
 * The one bridge between text offsets (what the engine returns) and DOM Ranges (what the page
 * paints and hit-tests). Offsets that fall in the "\n\n" between blocks snap inwards, so a
 * range never starts or ends on a block boundary that belongs to no Text node.
 */
import type { TextSegment } from './article';

/** A Range covering text[start, end) of an extractArticle() result; collapsed if nothing maps. */
export function toRange(doc: Document, segments: TextSegment[], start: number, end: number): Range {
  const range = doc.createRange();
  const first = firstSegmentEndingAfter(segments, start);
  const last = lastSegmentStartingBefore(segments, end);
  if (first < 0 || last < 0 || first > last) return range;
  const a = segments[first] as TextSegment;
  let b = segments[last] as TextSegment;
  let to = end;
  // A Range cannot leave its tree: one whose end lies in another (a web component's shadow
  // root) would collapse. It stops at the last text of the tree it started in instead.
  if (a.node !== b.node && b.node.getRootNode() !== a.node.getRootNode()) {
    const root = a.node.getRootNode();
    let i = last;
    while (i > first && (segments[i] as TextSegment).node.getRootNode() !== root) i--;
    b = segments[i] as TextSegment;
    to = Math.min(end, b.end);
  }
  range.setStart(a.node, a.offset + Math.max(0, start - a.start));
  range.setEnd(b.node, b.offset + (Math.min(to, b.end) - b.start));
  return range;
}

function firstSegmentEndingAfter(segments: TextSegment[], offset: number): number {
  let lo = 0;
  let hi = segments.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((segments[mid] as TextSegment).end > offset) hi = mid;
    else lo = mid + 1;
  }
  return lo < segments.length ? lo : -1;
}

function lastSegmentStartingBefore(segments: TextSegment[], offset: number): number {
  let lo = 0;
  let hi = segments.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((segments[mid] as TextSegment).start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

/**
 * Whether the Text nodes holding each span's text are still in the page: an app that re-renders
 * replaces them, and a Range on them collapses (page/reanchor.ts finds the passage again). Each
 * node is asked once: a long article's sentences share nodes (several to a paragraph), and each
 * question is a call into the DOM.
 */
export function allOnPage(
  segments: TextSegment[],
  spans: readonly { start: number; end: number }[],
): boolean {
  const asked = new Uint8Array(segments.length);
  for (const { start, end } of spans) {
    const first = firstSegmentEndingAfter(segments, start);
    const last = lastSegmentStartingBefore(segments, end);
    if (first < 0 || last < first) continue;
    for (let i = first; i <= last; i++) {
      if (asked[i]) continue;
      asked[i] = 1;
      if (!(segments[i] as TextSegment).node.isConnected) return false;
    }
  }
  return true;
}
