/**
 * A wish opening the sentence wants or regrets the event; it does not report it
 * (engine/wished.ts, recognize.ts).
 */
import { describe, expect, it } from 'vitest';
import { claimsOf } from './story-sentence';

describe('a wish opening the sentence', () => {
  it('reports no claim', () => {
    expect(
      claimsOf(
        'If only Washington and Baghdad had agreed a withdrawal timetable back in 2021.',
        '2025-03-01',
      ),
    ).toEqual([]);
    expect(
      claimsOf(
        'I wish the coalition had agreed a withdrawal timetable with Baghdad years ago.',
        '2025-03-01',
      ),
    ).toEqual([]);
    expect(
      claimsOf(
        'We would rather Washington and Baghdad had agreed a withdrawal timetable in public.',
        '2025-03-01',
      ),
    ).toEqual([]);
    expect(
      claimsOf(
        "I'd rather Washington and Baghdad had agreed a withdrawal timetable in public.",
        '2025-03-01',
      ),
    ).toEqual([]);
  });

  it('leaves the clause after ", but" reporting', () => {
    expect(
      claimsOf(
        'I wish it had been done in public, but Washington and Baghdad have agreed a timetable for the withdrawal.',
        '2024-10-01',
      ),
    ).toContain('agreement-reached');
  });

  it('is no wish as a courtesy before a statement', () => {
    expect(
      claimsOf(
        'I wish to note that Washington and Baghdad have agreed a timetable for the withdrawal.',
        '2024-10-01',
      ),
    ).toContain('agreement-reached');
  });

  it('reports again without the wish', () => {
    expect(
      claimsOf('Washington and Baghdad have agreed a timetable for the withdrawal.', '2024-10-01'),
    ).toContain('agreement-reached');
  });
});
