import { describe, expect, it } from 'vitest';
import type { Match } from '../../../engine/types';
import { applyHighlightStyle, isShown, shownOnly } from '../../../page/apply-settings';
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
});
