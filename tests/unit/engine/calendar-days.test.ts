import { describe, expect, it } from 'vitest';
import { daysInMonth, isDateOrMonth } from '../../../engine/calendar-days';
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
});
