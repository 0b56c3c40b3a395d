import { describe, expect, it } from 'vitest';
import { localeDate, monthsOf } from '../../../components/locale-date';

describe('localeDate', () => {
  it('formats in the given locale and keeps the precision of the data', () => {
    expect(localeDate('2024-09-08', 'en-US')).toBe('Sep 8, 2024');
    expect(localeDate('2024-09-08', 'en-GB')).toBe('8 Sept 2024');
    expect(localeDate('2024-09', 'en-US')).toBe('Sep 2024');
    expect(localeDate('2024-09-08', 'de-DE')).toBe('8. Sept. 2024');
  });

  it('does not move a date across midnight in any time zone', () => {
    expect(localeDate('2025-12-31', 'en-US')).toBe('Dec 31, 2025');
    expect(localeDate('2025-01-01', 'en-US')).toBe('Jan 1, 2025');
  });

  it('returns what it cannot read unchanged', () => {
    expect(localeDate('late 2026', 'en-US')).toBe('late 2026');
  });
});

describe('monthsOf', () => {
  it('orders months and days on one axis', () => {
    expect(monthsOf('2025-09')).toBeLessThan(monthsOf('2025-09-15'));
    expect(monthsOf('2025-09-15')).toBeLessThan(monthsOf('2025-10'));
    expect(monthsOf('2026-01') - monthsOf('2025-01')).toBe(12);
  });
});
