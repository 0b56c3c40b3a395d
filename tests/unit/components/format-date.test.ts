import { describe, expect, it } from 'vitest';
import { formatSourceDate } from '../../../components/format-date';

describe('formatSourceDate', () => {
  it('words a day in the reader’s locale, in UTC so it never slips a day', () => {
    expect(formatSourceDate('2024-09-08', 'en-US')).toBe('Sep 8, 2024');
    expect(formatSourceDate('2024-09-08', 'en-GB')).toBe('8 Sept 2024');
    expect(formatSourceDate('2024-12-31', 'fr')).toBe('31 déc. 2024');
  });

  it('keeps a month-only date at month precision', () => {
    expect(formatSourceDate('2024-09', 'en-US')).toBe('Sep 2024');
    expect(formatSourceDate('2025-01', 'de')).toBe('Jan. 2025');
  });

  it('gives back what it cannot read, rather than inventing a date', () => {
    expect(formatSourceDate('soon', 'en-US')).toBe('soon');
    expect(formatSourceDate('2024-13-01', 'en-US')).toBe('2024-13-01');
    expect(formatSourceDate('2024-09-08', 'not a locale!')).toBe('2024-09-08');
  });

  it('formats in the given locale (the story view’s dates too)', () => {
    expect(formatSourceDate('2024-09-08', 'de-DE')).toBe('8. Sept. 2024');
  });

  it('does not move a date across midnight in any time zone', () => {
    expect(formatSourceDate('2025-12-31', 'en-US')).toBe('Dec 31, 2025');
    expect(formatSourceDate('2025-01-01', 'en-US')).toBe('Jan 1, 2025');
  });

  it('returns what it cannot read unchanged', () => {
    expect(formatSourceDate('late 2026', 'en-US')).toBe('late 2026');
  });
});
