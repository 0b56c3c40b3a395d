/**
 * Test helper: the tense weekdayTense reads for the weekday written `day` (lower case) in `text`,
 * shared by the tests of the weekday reading and of the past forms it asks.
 */
import { tokenize } from '../../../engine/tokenize';
import { weekdayTense } from '../../../engine/weekday-tense';

export const tense = (text: string, day: string) => {
  const tokens = tokenize(text);
  return weekdayTense(
    tokens,
    text,
    tokens.findIndex((t) => t.norm === day),
  );
};
