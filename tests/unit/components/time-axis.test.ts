import { describe, expect, it } from 'vitest';
import { monthsOf } from '../../../components/time-axis';

describe('monthsOf', () => {
  it('orders months and days on one axis', () => {
    expect(monthsOf('2025-09')).toBeLessThan(monthsOf('2025-09-15'));
    expect(monthsOf('2025-09-15')).toBeLessThan(monthsOf('2025-10'));
    expect(monthsOf('2026-01') - monthsOf('2025-01')).toBe(12);
  });
});
