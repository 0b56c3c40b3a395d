/**
 * The page side of the reader's settings. The highlight style is an attribute on <html> that the
 * ::highlight() rules in entrypoints/highlights.content.css key on (one attribute write, no
 * stylesheet swapped); the verdict filter decides which ranges are painted and clickable.
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
