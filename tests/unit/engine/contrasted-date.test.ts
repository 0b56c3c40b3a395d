/**
 * A date set after a comma and "not" against an earlier date ("in May 2025, not May 2024") is the
 * alternative set aside: it dates nothing (engine/contrasted-date.ts), and a sentence of dates
 * alone ("It was May, not June.") still tells only when.
 */
import { describe, expect, it } from 'vitest';
import { withoutContrastedDates } from '../../../engine/contrasted-date';
import { parsePublished, resolveDates } from '../../../engine/resolve-dates';
import { tokenize } from '../../../engine/tokenize';
import { claimsOf } from './story-sentence';

/** The words of the dates kept. */
const kept = (text: string): string[] => {
  const tokens = tokenize(text);
  return withoutContrastedDates(
    resolveDates(tokens, text, parsePublished('2024-10-01')),
    tokens,
    text,
  ).map((d) => d.text);
};

describe('a date set aside after ", not"', () => {
  it('drops the date after ", not" when an earlier one stands', () => {
    expect(kept('The ferries leave the north pier in May 2025, not May 2024.')).toEqual([
      'May 2025',
    ]);
    expect(kept('The pier closes in 2026, not in 2025, the board said.')).toEqual(['2026']);
  });

  it('keeps a lone date after "not", and one the phrase runs on past', () => {
    expect(kept('The pier will not close in 2025.')).toEqual(['2025']);
    expect(kept('The pier closes, not in 2025.')).toEqual(['2025']);
    expect(
      kept('The pier closes in 2026, not in 2025 as first planned by the board.'),
    ).toHaveLength(2);
  });

  it('reads a correction with its right date', () => {
    const claims = claimsOf(
      'The first troops are due out of Baghdad and Ain al-Asad by September 2025, not September 2024.',
      '2024-10-20',
    );
    expect(claims).toContain('first-phase-sept-2025');
    expect(claims).not.toContain('withdrawal-begins-2024');
  });
});
