/**
 * One list of past forms without "-ed" (engine/irregular-past.ts) for every reading of a clause's
 * tense: a verb the weekday reading knew and the clause of time did not, or the other way, is
 * read alike by both now. Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { IRREGULAR_PAST, pastForm } from '../../../engine/irregular-past';
import { timeClauseAt } from '../../../engine/time-clause';
import { tokenize } from '../../../engine/tokenize';
import { tense } from './weekday-tense-of';

describe('past forms without "-ed"', () => {
  it('reads irregular pasts and longer "-ed" words, not short ones or the present', () => {
    for (const word of ['said', 'left', 'came', 'withdrew', 'became', 'closed'])
      expect(pastForm(word)).toBe(true);
    for (const word of ['leave', 'says', 'red', 'bed', 'comes']) expect(pastForm(word)).toBe(false);
    expect(IRREGULAR_PAST.has('fled')).toBe(true);
  });

  it('gives the weekday reading the verbs the clause of time knew', () => {
    expect(tense('The ferry crews fled on Sunday.', 'sunday')).toBe('past');
    expect(tense('Fares rose on Monday.', 'monday')).toBe('past');
  });

  it('gives the clause of time the verbs the weekday reading knew', () => {
    const text = 'The guild moved its boats after the mayor spoke to the council.';
    expect(timeClauseAt(tokenize(text), text)).toEqual([5, 6]);
  });
});
