/**
 * The per-word gates of the sentence readers (perf24): resolveDates, future() and
 * findNegations() pass over a word that can open none of their readings with one bit test.
 * Every word that does open one must still get through: these are the edges of each gate.
 */
import { describe, expect, it } from 'vitest';
import { findNegations } from '../../../engine/find-negations';
import { formatDate, future, parsePublished, resolveDates } from '../../../engine/resolve-dates';
import { tokenize } from '../../../engine/tokenize';

const dated = (text: string) =>
  resolveDates(tokenize(text), text, parsePublished('2024-09')).map((d) => d.text);
const negations = (text: string) => findNegations(tokenize(text), text).map((n) => n.word);

describe('the date gate', () => {
  it('reads a capitalised month, its abbreviation with a dot, and no lower-case "may"', () => {
    expect(dated('The ferry stopped running in March.')).toEqual(['March']);
    expect(dated('The pier shut on Sept. 3 after the storm.')).toEqual(['Sept. 3']);
    expect(dated('The crews may leave the pier soon.')).toEqual(['soon']);
  });
  it('reads "the" and "a" only before a unit of time', () => {
    expect(dated('The boats were sold a decade ago.')).toEqual(['a decade ago']);
    const year = 'The boats will be sold before the year is out.';
    expect(resolveDates(tokenize(year), year, parsePublished('2024-09')).map(formatDate)).toEqual([
      'end of 2024',
    ]);
    expect(dated('The boats were sold to a buyer in the town.')).toEqual([]);
  });
});

describe('the tense gate', () => {
  it('finds a plan in a contraction, a timetable verb and "calls for"', () => {
    expect(future(tokenize("They'll close the pier in May."))).toBe(true);
    expect(future(tokenize('The plan calls for the crews to go.'))).toBe(true);
    expect(future(tokenize('The crews closed the pier.'))).toBe(false);
  });
});

describe('the negation gate', () => {
  it('finds "n\'t", "yet to", a verb of lacking and "finished as"', () => {
    expect(negations("The crews didn't leave the pier.")).toEqual(["didn't"]);
    expect(negations('The council has yet to vote on the pier.')).toEqual(['yet']);
    expect(negations('The town lacks the means to repair the pier.')).toEqual(['lacks']);
    expect(negations('The company is finished as a ferry operator.')).toEqual(['finished']);
    expect(negations('The crews left the pier.')).toEqual([]);
  });
});
