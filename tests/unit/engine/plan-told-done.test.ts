/**
 * A plan and what came of it, in engine/recognize.ts, pinned by made-up sentences of the bridge
 * story (tests/fixtures/story-bridge/): a plan whose date stands only in an aside of planning,
 * the rest of the sentence telling it done off that date, is taken for granted; an event told
 * as "were to have" is a plan as it stood, not the event.
 */
import { describe, expect, it } from 'vitest';
import { recognize } from '../../../engine/recognize';
import type { Claim } from '../../../engine/types';
import { facts, story } from './bridge-story';

const base = story.kb.claims[0] as Claim;

/** A made-up plan: the bridge reopens in May 2025. */
const reopensInMay: Claim = {
  ...base,
  id: 'reopening-in-may',
  kind: 'plan',
  due: '2025-05',
  recognize: {
    require: [['reopen'], ['bridge', 'orsa-bridge']],
    date: { year: 2025, month: 5 },
    dateRole: 'deadline',
    dateRequired: true,
  },
};

/** A made-up event: the bridge reopened. */
const reopened: Claim = {
  ...base,
  id: 'bridge-reopened',
  kind: 'event',
  recognize: { require: [['reopen'], ['bridge', 'orsa-bridge']] },
};

describe('a plan whose date is only in an aside, the sentence telling the outcome', () => {
  it('is not the plan when the thing was done late, early or at another date', () => {
    for (const sentence of [
      'The reopening of the Orsa Bridge, meant for May, came four months late.',
      'The Orsa Bridge, promised to reopen in May, reopened in August instead.',
      'The reopening of the bridge, planned for May, was finished weeks earlier.',
      'The reopening of the Orsa Bridge, first promised for May, slipped by a month.',
      'The reopening of the Orsa Bridge, which was to come in May 2025, came in August.',
    ])
      expect(recognize(reopensInMay, facts(sentence, '2025-10-01')).ok, sentence).toBe(false);
  });

  it('is still the plan when it was done on schedule, or told as still ahead', () => {
    for (const [sentence, published] of [
      ['The reopening of the Orsa Bridge, meant for May, was finished on schedule.', '2025-06-01'],
      ['The Orsa Bridge will reopen in May, the council said.', '2025-02-10'],
    ]) {
      const result = recognize(reopensInMay, facts(sentence as string, published));
      expect(result.ok, `${sentence} ${JSON.stringify(result)}`.slice(0, 400)).toBe(true);
    }
  });
});

describe('an event told as "were to have"', () => {
  it('is a plan as it stood, not the event', () => {
    expect(
      recognize(reopened, facts('Under the old schedule, the Orsa Bridge was to have reopened.'))
        .ok,
    ).toBe(false);
    expect(recognize(reopened, facts('The Orsa Bridge reopened on Sunday.')).ok).toBe(true);
  });
});
