import { describe, expect, it } from 'vitest';
import { dayAfter, dayNumber, daysInMonth, isDateOrMonth } from '../../../engine/calendar-days';
import * as resolveDates from '../../../engine/resolve-dates';

describe('calendar days', () => {
  it('are the ones the date resolver exports, not copies', () => {
    expect(resolveDates.daysInMonth).toBe(daysInMonth);
    expect(resolveDates.isDateOrMonth).toBe(isDateOrMonth);
  });

  it('count a month of a leap year and of a century', () => {
    expect(daysInMonth(2028, 2)).toBe(29);
    expect(daysInMonth(2100, 2)).toBe(28);
    expect(daysInMonth(2026, 9)).toBe(30);
  });

  it('take a real day or month and nothing else', () => {
    expect(isDateOrMonth('2028-02-29')).toBe(true);
    expect(isDateOrMonth('2026-11')).toBe(true);
    expect(isDateOrMonth('2026-02-29')).toBe(false);
    expect(isDateOrMonth('2026-13')).toBe(false);
    expect(isDateOrMonth('2026-1-05')).toBe(false);
  });

  it('count days as Date does, and the day after across month, year and leap-day ends', () => {
    expect(dayNumber('1970-01-01')).toBe(0);
    expect(dayAfter('2024-02-28')).toBe('2024-02-29');
    expect(dayAfter('2024-02-29')).toBe('2024-03-01');
    expect(dayAfter('2100-02-28')).toBe('2100-03-01');
    expect(dayAfter('2025-12-31')).toBe('2026-01-01');
    // Every day from 1890 to 2110, against the Date the page's reader avoids building.
    for (let t = Date.UTC(1890, 0, 1); t < Date.UTC(2111, 0, 1); t += 86_400_000) {
      const day = new Date(t).toISOString().slice(0, 10);
      expect(dayNumber(day)).toBe(t / 86_400_000);
      expect(dayAfter(day)).toBe(new Date(t + 86_400_000).toISOString().slice(0, 10));
    }
  }, 30_000); // 80,000 days checked: slow on a loaded machine, not a timed test
});
