/**
 * Paints matches with the CSS Custom Highlight API, so the page's DOM is never touched (no
 * wrapper elements that break the site's own scripts or styles), and maps a click back to the
 * match under the pointer. Browser only: happy-dom and linkedom have no CSS.highlights.
 */
import type { Verdict } from '../engine/types';
import type { ShadowHighlightStyles } from './shadow-highlight-styles';

export const VERDICTS: readonly Verdict[] = [
  'corroborated',
  'disputed',
  'contradicted',
  'single-source',
];

/** Registry name of a verdict's Highlight; the ::highlight() rules use the same names. */
export function highlightName(verdict: Verdict): string {
  return `claimlight-${verdict}`;
}

/** Whether this browser can paint at all (Firefox < 140, old Safari cannot). */
export function canPaint(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';
}

/** Signals that already clear the registry when they abort (one listener each, not one per paint). */
const clearsOnAbort = new WeakSet<AbortSignal>();

/**
 * What this script has registered: each verdict's Highlight, and the verdict each range was
 * registered under. A long article is shown in steps (its first matches at once, more as they
 * come), each showing holding every range so far: only the ranges new to a showing are added,
 * so a thousand highlights cost a thousand registrations, not one per range per showing.
 */
let registered: { highlights: Map<Verdict, Highlight>; verdictOf: Map<Range, Verdict> } | undefined;

/**
 * Registers one Highlight per verdict holding every range of that verdict, replacing what a
 * previous pass registered, and gives shadow roots holding a range our ::highlight() rules
 * (`shadowStyles`). Everything is unregistered when `signal` aborts. `inShadowRoots`: false
 * when no range can be in a shadow root (the article was read from none), which spares asking
 * each range where it is.
 */
export function paint(
  ranges: Range[],
  verdicts: Verdict[],
  signal: AbortSignal,
  shadowStyles?: ShadowHighlightStyles,
  inShadowRoots = true,
): void {
  if (!canPaint() || signal.aborted) return;
  const before = registered?.verdictOf;
  const highlights = registered?.highlights ?? new Map<Verdict, Highlight>();
  const verdictOf = new Map<Range, Verdict>();
  /** Ranges not registered under their verdict yet, by verdict. */
  const added = new Map<Verdict, Range[]>();
  const live: Range[] = [];
  for (let i = 0; i < ranges.length; i++) {
    const range = ranges[i] as Range;
    const verdict = verdicts[i] as Verdict;
    if (before?.get(range) === verdict) {
      verdictOf.set(range, verdict);
      continue;
    }
    // A range whose text the page has removed paints nothing: it is left out.
    if (range.collapsed) continue;
    verdictOf.set(range, verdict);
    const own = added.get(verdict);
    if (own) own.push(range);
    else added.set(verdict, [range]);
    live.push(range);
  }
  // Ranges of an earlier showing that this one no longer holds (re-anchored, a verdict hidden).
  if (before)
    for (const [range, verdict] of before)
      if (verdictOf.get(range) !== verdict) highlights.get(verdict)?.delete(range);
  const counts = new Map<Verdict, number>();
  for (const verdict of verdictOf.values()) counts.set(verdict, (counts.get(verdict) ?? 0) + 1);
  for (const verdict of VERDICTS) {
    const name = highlightName(verdict);
    const own = added.get(verdict);
    let highlight = highlights.get(verdict);
    if (own) {
      if (highlight) for (const range of own) highlight.add(range);
      else {
        highlight = new Highlight(...own);
        highlights.set(verdict, highlight);
      }
    }
    // The page's own scripts can reach our Highlight through the registry and empty it: one
    // that does not hold what we registered is made again.
    const count = counts.get(verdict) ?? 0;
    if (highlight && highlight.size !== count) {
      const own: Range[] = [];
      for (const [range, v] of verdictOf) if (v === verdict) own.push(range);
      highlight = new Highlight(...own);
      highlights.set(verdict, highlight);
    }
    // Registered again if the page took ours out of the registry.
    if (highlight && highlight.size > 0) {
      if (CSS.highlights.get(name) !== highlight) CSS.highlights.set(name, highlight);
    } else CSS.highlights.delete(name);
  }
  registered = { highlights, verdictOf };
  if (inShadowRoots) shadowStyles?.cover(live);
  if (!clearsOnAbort.has(signal)) {
    clearsOnAbort.add(signal);
    signal.addEventListener('abort', () => clearPaint(shadowStyles), { once: true });
  }
}

/** Unregisters every highlight, and takes our rules out of the shadow roots they were added to. */
export function clearPaint(shadowStyles?: ShadowHighlightStyles): void {
  registered = undefined;
  shadowStyles?.clear();
  if (!canPaint()) return;
  for (const verdict of VERDICTS) CSS.highlights.delete(highlightName(verdict));
}

/**
 * Index of the range under viewport point (x, y), or -1. The rectangles decide; the caret
 * only breaks ties between stacked lines, because caret APIs snap to the nearest boundary and
 * would otherwise report a hit in the margin beside a sentence.
 */
export function hitTest(doc: Document, ranges: Range[], x: number, y: number): number {
  const hits: number[] = [];
  ranges.forEach((range, i) => {
    if (range.collapsed) return;
    for (const r of Array.from(range.getClientRects())) {
      if (x >= r.left - 1 && x <= r.right + 1 && y >= r.top - 1 && y <= r.bottom + 1) {
        hits.push(i);
        return;
      }
    }
  });
  if (hits.length <= 1) return hits[0] ?? -1;
  const caret = caretAt(doc, x, y);
  if (caret) {
    for (const i of hits) {
      try {
        if ((ranges[i] as Range).isPointInRange(caret.node, caret.offset)) return i;
      } catch {
        // WrongDocumentError when the caret lands in another document (an iframe); not ours.
      }
    }
  }
  return hits[0] ?? -1;
}

function caretAt(doc: Document, x: number, y: number): { node: Node; offset: number } | null {
  const d = doc as Document & {
    caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
    caretRangeFromPoint?: (x: number, y: number) => Range | null;
  };
  if (typeof d.caretPositionFromPoint === 'function') {
    const p = d.caretPositionFromPoint(x, y);
    return p ? { node: p.offsetNode, offset: p.offset } : null;
  }
  if (typeof d.caretRangeFromPoint === 'function') {
    const r = d.caretRangeFromPoint(x, y);
    return r ? { node: r.startContainer, offset: r.startOffset } : null;
  }
  return null;
}
