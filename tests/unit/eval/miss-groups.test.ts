/**
 * Reading a missed sentence against the claim it states (scripts/eval/miss-groups.ts): the
 * groups its own words leave unmet, and where the article names a missing one.
 */
import { describe, expect, it } from 'vitest';
import { namedElsewhere, readMiss, unmetGroups } from '../../../scripts/eval/miss-groups';

const named = (...concepts: string[]) => new Set(concepts);

/** "The crews leave the pier in May": who leaves, the leaving, where. */
const CREWS_LEAVE = {
  id: 'crews-leave-pier',
  require: [['leave', 'depart'], ['crews'], ['old-pier', 'riverton']],
};
/** "The council sells the pier": who sells, the selling, what. */
const COUNCIL_SELLS = { id: 'council-sells-pier', require: [['sell'], ['council'], ['old-pier']] };

describe('unmetGroups', () => {
  it('lists the groups none of whose concepts the sentence names', () => {
    expect(unmetGroups(CREWS_LEAVE.require, named('depart', 'riverton'))).toEqual([['crews']]);
    expect(unmetGroups(CREWS_LEAVE.require, named('crews', 'leave', 'old-pier'))).toEqual([]);
  });
});

describe('namedElsewhere', () => {
  const article = [
    named('crews', 'old-pier'), // the headline
    named('ferry'),
    named('council'),
    named('depart'), // the missed sentence
    named('riverton'),
  ];

  it('looks at the headline first, then the sentence before, then earlier, then later', () => {
    expect(namedElsewhere(['crews'], article, 3)).toBe('headline');
    expect(namedElsewhere(['council'], article, 3)).toBe('sentence before');
    expect(namedElsewhere(['ferry'], article, 3)).toBe('earlier');
    expect(namedElsewhere(['riverton'], article, 3)).toBe('later');
    expect(namedElsewhere(['sell'], article, 3)).toBe('nowhere');
  });

  it('does not count the sentence itself', () => {
    expect(namedElsewhere(['depart'], article, 3)).toBe('nowhere');
  });
});

describe('readMiss', () => {
  it('reads the sentence against the claim it is fewest groups short of', () => {
    const article = [named('crews'), named('depart', 'old-pier')];
    expect(readMiss([COUNCIL_SELLS, CREWS_LEAVE], article, 1)).toEqual({
      claim: 'crews-leave-pier',
      missing: [['crews']],
      elsewhere: 'headline',
    });
  });

  it('says where only for a sentence one group short', () => {
    const article = [named('crews'), named('old-pier')];
    expect(readMiss([CREWS_LEAVE], article, 1)).toEqual({
      claim: 'crews-leave-pier',
      missing: [['leave', 'depart'], ['crews']],
    });
  });

  it('reads nothing when the sentence names no claim', () => {
    expect(readMiss([], [named('crews')], 0)).toBeUndefined();
  });
});
