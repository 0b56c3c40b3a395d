/**
 * The page side of the reader's settings. The highlight style is an attribute on <html> that the
 * ::highlight() rules in entrypoints/content/highlight-style-rules.css key on (one attribute
 * write; those rules join our sheet with the first paint under such a style); the verdict filter
 * decides which ranges are painted and clickable.
 */
import type { Match, Verdict } from '../engine/types';
import type { Settings } from './settings';

/** The attribute on <html> naming a highlight style other than the default ("background", "hover"). */
export const STYLE_ATTRIBUTE = 'data-claimlight-style';

/**
 * Marks the document with the reader's highlight style. The default (underline) is the plain
 * rules and sets nothing: a new attribute on <html> makes the browser restyle the whole page,
 * which on a 50,000-element page costs hundreds of milliseconds in the next style read (the
 * hostile-pages E2E measures it), so only a reader who chose another style pays for it.
 */
export function applyHighlightStyle(doc: Document, settings: Settings): void {
  const root = doc.documentElement;
  if (settings.style === 'underline') {
    if (root.hasAttribute(STYLE_ATTRIBUTE)) root.removeAttribute(STYLE_ATTRIBUTE);
  } else if (root.getAttribute(STYLE_ATTRIBUTE) !== settings.style) {
    root.setAttribute(STYLE_ATTRIBUTE, settings.style);
  }
}

/** Whether statements with this verdict are highlighted (and open a card when clicked). */
export function isShown(verdict: Verdict, settings: Settings): boolean {
  return settings.verdicts.includes(verdict);
}

/**
 * The ranges to paint and their verdicts, without the verdicts the reader hid; index-aligned
 * pairs, as page/paint.ts takes them.
 */
export function shownOnly(
  ranges: Range[],
  matches: Match[],
  settings: Settings,
): [Range[], Verdict[]] {
  const keptRanges: Range[] = [];
  const keptVerdicts: Verdict[] = [];
  matches.forEach((m, i) => {
    const range = ranges[i];
    if (range && isShown(m.verdict, settings)) {
      keptRanges.push(range);
      keptVerdicts.push(m.verdict);
    }
  });
  return [keptRanges, keptVerdicts];
}

/** A scan's statements under the reader's settings: what the page paints, and what they hide. */
export type ShownBySettings = {
  /** Indices into the matches of the statements painted (and listed, and counted on the badge). */
  shown: number[];
  /** How many statements on the page the reader's verdict settings hide. */
  hidden: number;
};

/**
 * Which of a scan's statements the page paints under `settings`: those with a range (a match
 * whose text left the page has none) and a verdict the reader shows; the same rule as
 * shownOnly(), for the popup's list, the toolbar badge and the keyboard walk. `hidden` counts
 * those with a range that the settings hide, for the popup to say so.
 */
export function shownBySettings(
  matches: readonly Match[],
  ranges: readonly (Range | null | undefined)[],
  settings: Settings,
): ShownBySettings {
  const shown: number[] = [];
  let hidden = 0;
  matches.forEach((m, i) => {
    if (!ranges[i]) return;
    if (isShown(m.verdict, settings)) shown.push(i);
    else hidden++;
  });
  return { shown, hidden };
}

/** How many of `verdicts` (one a statement) the settings show: the badge's count of a pass. */
export function countShown(verdicts: readonly Verdict[], settings: Settings): number {
  let count = 0;
  for (const verdict of verdicts) if (isShown(verdict, settings)) count++;
  return count;
}
