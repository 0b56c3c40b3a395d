/**
 * A plan named by its noun alone ("the two boards settled on a timetable") is the plan the
 * article told of before (engine/bare-plan-noun.ts): not where a complement says what the plan
 * is for ("a timetable for the rail link"), not where a participle tells it as settled before
 * ("the timetable agreed in May has been outrun"), and not in an article that never told a plan.
 */
import { describe, expect, it } from 'vitest';
import { planNounUntold, withoutQualifiedPlanNouns } from '../../../engine/bare-plan-noun';
import { phraseWords } from './sentence-words';

const BARE = new Set(['pier-timetable']);

/** The concepts read in `text` after the bare-noun check, given its hits by phrase. */
const kept = (text: string, hits: Record<string, string>) => {
  const w = phraseWords(text, hits);
  return withoutQualifiedPlanNouns(w.hits, w.tokens, BARE).map((h) => h.concept);
};

describe('withoutQualifiedPlanNouns', () => {
  it('keeps a plan noun standing bare', () => {
    expect(
      kept('The two boards have settled on a timetable.', {
        'settled on a timetable': 'pier-timetable',
      }),
    ).toEqual(['pier-timetable']);
    expect(
      kept('The harbour board agreed a timetable in May with the ferry union.', {
        'agreed a timetable': 'pier-timetable',
      }),
    ).toEqual(['pier-timetable']);
  });

  it('drops it where a complement says what the plan is for (near misses)', () => {
    expect(
      kept('The two boards agreed a timetable for repaying the dredging loan.', {
        'agreed a timetable': 'pier-timetable',
        'two boards': 'boards',
      }),
    ).toEqual(['boards']);
    expect(
      kept('The council settled on a schedule of repairs to the town hall.', {
        'settled on a schedule': 'pier-timetable',
      }),
    ).toEqual([]);
  });

  it('drops it where a participle tells the plan as settled before (near miss)', () => {
    expect(
      kept('The ferries have outrun the timetable agreed in May.', {
        'the timetable': 'pier-timetable',
      }),
    ).toEqual([]);
  });

  it("leaves other concepts' hits alone, and the list itself when nothing is dropped", () => {
    const w = phraseWords('A timetable for the rail link was agreed.', {
      'A timetable for': 'schedule-talk',
    });
    expect(withoutQualifiedPlanNouns(w.hits, w.tokens, BARE)).toBe(w.hits);
  });
});

describe('planNounUntold', () => {
  const REQUIRE = [['agree'], ['leave-pier', 'pier-timetable'], ['boards']];
  const own = phraseWords('The two boards have settled on a timetable.', {
    settled: 'agree',
    'settled on a timetable': 'pier-timetable',
    'two boards': 'boards',
  });

  it('refuses a group met only by the plan noun when nothing before told the plan', () => {
    const headline = phraseWords('Ferry Fares Rise Again', { 'Ferry Fares': 'fares' });
    expect(planNounUntold(REQUIRE, own.hits, [headline], BARE)).toBe(true);
    expect(planNounUntold(REQUIRE, own.hits, [], BARE)).toBe(true);
  });

  it('reads it when the headline or a sentence before told the plan', () => {
    const headline = phraseWords('Crews To Quit The Old Pier By Spring', {
      Quit: 'leave-pier',
    });
    expect(planNounUntold(REQUIRE, own.hits, [headline], BARE)).toBe(false);
    const earlier = [
      phraseWords('Harbour News', {}),
      phraseWords('The crews are leaving the old pier.', { leaving: 'leave-pier' }),
    ];
    expect(planNounUntold(REQUIRE, own.hits, earlier, BARE)).toBe(false);
  });

  it('reads only the first `count` sentences of the page as the ones before', () => {
    // The matcher passes the whole page and the sentence's index: a sentence after this one
    // that tells the plan does not count as told before it.
    const page = [
      phraseWords('Harbour News', {}),
      own,
      phraseWords('The crews are leaving the old pier.', { leaving: 'leave-pier' }),
    ];
    expect(planNounUntold(REQUIRE, own.hits, page, BARE, 1)).toBe(true);
    expect(planNounUntold(REQUIRE, own.hits, page, BARE, 3)).toBe(false);
  });

  it('asks nothing of a group the sentence meets with words of its own', () => {
    const told = phraseWords('The two boards settled on a timetable to quit the pier.', {
      settled: 'agree',
      'settled on a timetable': 'pier-timetable',
      quit: 'leave-pier',
      'two boards': 'boards',
    });
    expect(planNounUntold(REQUIRE, told.hits, [], BARE)).toBe(false);
  });
});
