/**
 * A line that leans on the statement just before (engine/carry-answering.ts): "Convoys left the
 * depot. It came weeks ahead of the deadline." The pronoun's verb must tell that an event took
 * place, and the line's own words must add a part of the claim the card before did not tell.
 */
import { describe, expect, it } from 'vitest';
import { addsToTold, toldTakingPlace } from '../../../engine/carry-answering';
import { tokenize } from '../../../engine/tokenize';
import { sentence } from './sentence-words';

const taking = (text: string) => toldTakingPlace(tokenize(text), 0);

describe('toldTakingPlace', () => {
  it('reads a verb telling the event took place after the pronoun', () => {
    expect(taking('It came weeks ahead of the deadline.')).toBe(true);
    expect(taking('It happened sooner than expected.')).toBe(true);
    expect(taking('It took place in May.')).toBe(true);
    expect(taking('It went ahead in June.')).toBe(true);
    expect(taking('It had finally begun by then.')).toBe(true);
  });

  it('not a verb judging it, timing it by another event, or another verb', () => {
    expect(taking('It came under fire from the unions.')).toBe(false);
    expect(taking('It came as the talks resumed.')).toBe(false);
    expect(taking('It came at a high price.')).toBe(false);
    expect(taking('It took three weeks.')).toBe(false);
    expect(taking('It said the ferries would stop.')).toBe(false);
  });
});

describe('addsToTold', () => {
  const ACTORS = new Set(['crews']);
  const told = sentence('The crews left the Old Pier in May.', [
    ['crews', 'crews'],
    ['leave', 'left'],
  ]);
  const require = [['early'], ['leave']];
  it('a group the line meets in its own words and the card before did not', () => {
    const line = sentence('It came weeks early.', [['early', 'early']]);
    expect(addsToTold(require, line.hits, told.hits, 0, ACTORS)).toBe(true);
  });
  it('nothing when the card before met every group the line meets', () => {
    const line = sentence('It came after the crews left.', [['leave', 'left']]);
    expect(addsToTold(require, line.hits, told.hits, 0, ACTORS)).toBe(false);
  });
});
