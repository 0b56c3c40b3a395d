import { describe, expect, it } from 'vitest';
import type { Match } from '../../../engine/types';
import {
  applyHighlightStyle,
  countShown,
  isShown,
  shownBySettings,
  shownOnly,
} from '../../../page/apply-settings';
import { DEFAULT_SETTINGS } from '../../../page/settings';
import { endOf2025, endOf2026, formed2014 } from '../components/matches';

describe('applyHighlightStyle', () => {
  it('names a chosen style on <html> for the highlight CSS, and sets nothing for the default', () => {
    applyHighlightStyle(document, DEFAULT_SETTINGS);
    expect(document.documentElement.hasAttribute('data-claimlight-style')).toBe(false);
    applyHighlightStyle(document, { ...DEFAULT_SETTINGS, style: 'hover' });
    expect(document.documentElement.getAttribute('data-claimlight-style')).toBe('hover');
    applyHighlightStyle(document, DEFAULT_SETTINGS);
    expect(document.documentElement.hasAttribute('data-claimlight-style')).toBe(false);
  });
});

describe('the verdict filter', () => {
  const matches: Match[] = [endOf2025, endOf2026, formed2014];
  const ranges = matches.map(() => document.createRange());

  it('paints every verdict by default', () => {
    const [kept, verdicts] = shownOnly(ranges, matches, DEFAULT_SETTINGS);
    expect(kept).toEqual(ranges);
    expect(verdicts).toEqual(['contradicted', 'disputed', 'single-source']);
  });

  it('leaves out hidden verdicts and keeps the pairs aligned', () => {
    const settings = { ...DEFAULT_SETTINGS, verdicts: [endOf2026.verdict] };
    const [kept, verdicts] = shownOnly(ranges, matches, settings);
    expect(kept).toEqual([ranges[1]]);
    expect(verdicts).toEqual([endOf2026.verdict]);
    expect(isShown(endOf2025.verdict, settings)).toBe(false);
    expect(isShown(endOf2026.verdict, settings)).toBe(true);
  });

  it('lists for the popup and the badge what it paints, and counts what the settings hide', () => {
    const settings = { ...DEFAULT_SETTINGS, verdicts: [endOf2026.verdict, formed2014.verdict] };
    const painted = shownOnly(ranges, matches, settings)[0];
    const { shown, hidden } = shownBySettings(matches, ranges, settings);
    expect(shown).toEqual([1, 2]);
    expect(shown.map((i) => ranges[i])).toEqual(painted);
    expect(hidden).toBe(1);
    expect(
      countShown(
        matches.map((m) => m.verdict),
        settings,
      ),
    ).toBe(shown.length);
    expect(shownBySettings(matches, ranges, DEFAULT_SETTINGS)).toEqual({
      shown: [0, 1, 2],
      hidden: 0,
    });
  });

  it('neither lists nor counts as hidden a statement no longer on the page (no range)', () => {
    const settings = { ...DEFAULT_SETTINGS, verdicts: [endOf2026.verdict] };
    const gone = [ranges[0], undefined, ranges[2]];
    expect(shownBySettings(matches, gone, settings)).toEqual({ shown: [], hidden: 2 });
    expect(shownBySettings(matches, gone, DEFAULT_SETTINGS)).toEqual({ shown: [0, 2], hidden: 0 });
    expect(shownOnly(gone as Range[], matches, DEFAULT_SETTINGS)[0]).toEqual([
      ranges[0],
      ranges[2],
    ]);
  });

  it('hides every statement when no verdict is shown', () => {
    const none = { ...DEFAULT_SETTINGS, verdicts: [] };
    expect(shownBySettings(matches, ranges, none)).toEqual({ shown: [], hidden: 3 });
    expect(countShown(['corroborated', 'disputed'], none)).toBe(0);
  });
});
