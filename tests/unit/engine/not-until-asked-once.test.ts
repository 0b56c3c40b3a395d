/**
 * A month's year and its role both depend on whether a past "not … until" governs it
 * (engine/not-until.ts `pastNotUntil`): resolveDates asks once per date, and reads it as before.
 */
import { describe, expect, it, vi } from 'vitest';
import * as notUntil from '../../../engine/not-until';
import { parsePublished, resolveDates } from '../../../engine/resolve-dates';
import { tokenize } from '../../../engine/tokenize';

vi.mock('../../../engine/not-until', async (actual) => {
  const real = await actual<typeof import('../../../engine/not-until')>();
  return { ...real, pastNotUntil: vi.fn(real.pastNotUntil) };
});

const read = (text: string, published: string) =>
  resolveDates(tokenize(text), text, parsePublished(published));

describe('"not … until" asked once per date', () => {
  it('asks once for a month after "until", and still reads it as a point gone by', () => {
    const asked = vi.mocked(notUntil.pastNotUntil);
    asked.mockClear();
    const [january] = read('The crews did not leave the pier until January.', '2026-03-10');
    const froms = asked.mock.calls.map((call) => call[2]);
    expect(froms.length).toBeGreaterThan(0);
    expect(new Set(froms).size).toBe(froms.length);
    expect(january).toMatchObject({ year: 2026, month: 1, role: 'point' });
  });

  it('still reads a month after a plain "until" as a deadline ahead', () => {
    const [may] = read('The crews will stay at the pier until May.', '2026-03-10');
    expect(may).toMatchObject({ year: 2026, month: 5, role: 'deadline' });
  });
});
