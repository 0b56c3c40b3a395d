import { describe, expect, it } from 'vitest';
import {
  AXIS_LEFT,
  AXIS_RIGHT,
  AXIS_WIDTH,
  monthsOf,
  timeScale,
} from '../../../components/time-axis';

describe('monthsOf', () => {
  it('orders months and days on one axis', () => {
    expect(monthsOf('2025-09')).toBeLessThan(monthsOf('2025-09-15'));
    expect(monthsOf('2025-09-15')).toBeLessThan(monthsOf('2025-10'));
    expect(monthsOf('2026-01') - monthsOf('2025-01')).toBe(12);
  });
});

describe('timeScale', () => {
  it('frames the dates with whole years, the closing year a tick of its own', () => {
    const scale = timeScale(['2025-09-15', '2026-03']);
    expect(scale?.years).toEqual([2025, 2026, 2027]);
    expect(scale?.x('2025-01')).toBe(AXIS_LEFT);
    expect(scale?.x('2027-01')).toBe(AXIS_WIDTH - AXIS_RIGHT);
    expect(scale?.x('2025-09')).toBeLessThan(scale?.x('2026-03') ?? 0);
  });

  it('has no scale without a date', () => {
    expect(timeScale(['', 'soon'])).toBeNull();
  });
});
