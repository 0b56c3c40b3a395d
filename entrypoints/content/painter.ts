/**
 * The one way the reader paints: the statements the reader's settings show, and no other. The
 * scan (its first batches, the finished scan, a re-anchoring) and the show-highlights command
 * all paint through here, so showing the highlights again paints exactly what a fresh scan
 * would, and the hover cue covers exactly what is painted.
 */
import type { Match } from '../../engine/types';
import { shownOnly } from '../../page/apply-settings';
import { canPaint, clearPaint, paint } from '../../page/paint';
import { showPointerOverHighlights } from '../../page/pointer-over-highlights';
import type { Settings } from '../../page/settings';
import type { ShadowHighlightStyles } from '../../page/shadow-highlight-styles';

/** What a painting needs of a scan. */
export type Paintable = {
  ranges: Range[];
  matches: Match[];
  /** Those the article was read from (none: no range is in a shadow root). */
  shadowRoots: readonly ShadowRoot[];
};

export type Painter = {
  /**
   * Paints the statements of `scan` the settings show (index-aligned ranges and matches: a
   * finished scan, or the first scan's matches so far). The same ranges under the same settings
   * twice in a row are painted once.
   */
  show(scan: Paintable): void;
  /** Takes every highlight off the page. */
  unpaint(): void;
  /** The ranges painted now (the hover cue's, and what a click can hit). */
  readonly painted: readonly Range[];
};

type Options = {
  doc: Document;
  /** The settings in force. */
  settings: () => Settings;
  signal: AbortSignal;
  /** Our ::highlight() rules for shadow roots, added and removed with the paint. */
  shadowStyles?: ShadowHighlightStyles;
  /**
   * Our rules for the document (content/document-highlight-sheet.ts): added with the first
   * highlight painted, and again if the page has replaced its sheets since.
   */
  documentSheet?: { ensure(): void };
  log?: (...args: unknown[]) => void;
};

export function createPainter({
  doc,
  settings,
  signal,
  shadowStyles,
  documentSheet,
  log,
}: Options): Painter {
  /**
   * Most pages have none and never paint, so they never touch CSS.highlights nor watch the
   * pointer; both start with the first highlight.
   */
  let started = false;
  /** What is on the page now, so the same highlights are not registered twice in a row. */
  let onPage: { ranges: Range[]; settings: Settings } | undefined;
  let painted: Range[] = [];
  return {
    show({ ranges, matches, shadowRoots }) {
      if (!started) {
        if (ranges.length === 0) return;
        started = true;
        if (!canPaint()) log?.('this browser has no CSS Custom Highlight API; nothing is painted');
        showPointerOverHighlights(doc, () => painted, signal);
      }
      // A short page's first batch is usually all of it: the finished scan then has nothing new.
      const now = settings();
      if (
        onPage?.settings === now &&
        onPage.ranges.length === ranges.length &&
        onPage.ranges.every((r, i) => r === ranges[i])
      )
        return;
      onPage = { ranges, settings: now };
      const [kept, verdicts] = shownOnly(ranges, matches, now);
      painted = kept;
      // Not before: adding a sheet restyles the whole document, which a page with nothing to
      // paint should not pay for (nor carry rules a script could find).
      if (kept.length > 0) documentSheet?.ensure();
      paint(kept, verdicts, signal, shadowStyles, shadowRoots.length > 0);
    },
    unpaint() {
      onPage = undefined;
      painted = [];
      clearPaint(shadowStyles);
    },
    get painted() {
      return painted;
    },
  };
}
