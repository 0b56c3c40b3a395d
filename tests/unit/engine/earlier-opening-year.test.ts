/**
 * An event told under a time opening the sentence, in a year before the event happened, is an
 * earlier event (engine/recognize.ts, earlierOpeningYear), pinned by made-up sentences of the
 * bridge story (tests/fixtures/story-bridge/).
 */
import { describe, expect, it } from 'vitest';
import { recognize } from '../../../engine/recognize';
import type { Claim } from '../../../engine/types';
import { facts, story } from './bridge-story';

const base = story.kb.claims[0] as Claim;

/** A made-up event with no date rule of its own: the bridge reopened, in March 2025. */
const reopened: Claim = {
  ...base,
  id: 'bridge-reopened',
  kind: 'event',
  happened: '2025-03',
  recognize: { require: [['reopen'], ['bridge', 'orsa-bridge']] },
};

describe('an event dated before it happened by the time opening the sentence', () => {
  it('is an earlier event: "In 2019, …", "In early 2020, …", "Back in 2021, …"', () => {
    for (const sentence of [
      'In 2019, the Orsa Bridge reopened for a week after a flood.',
      'In early 2020, the bridge reopened briefly to buses.',
      'Back in 2021, the Orsa Bridge reopened for the festival.',
    ])
      expect(recognize(reopened, facts(sentence, '2025-06-01')).ok, sentence).toBe(false);
  });

  it('is still the event: its own year, no opening time, a span since, a year later on', () => {
    for (const sentence of [
      'In March 2025, the Orsa Bridge reopened.',
      'The Orsa Bridge reopened this spring.',
      'Shut since 2019, the Orsa Bridge reopened in March.',
      'The Orsa Bridge, shut since 2019, reopened in March.',
    ]) {
      const result = recognize(reopened, facts(sentence, '2025-06-01'));
      expect(result.ok, `${sentence} ${JSON.stringify(result)}`.slice(0, 400)).toBe(true);
    }
  });
});

/** A made-up plan, first announced in May 2024: crews stay on as instructors after the reopening. */
const instructors: Claim = {
  ...base,
  id: 'crews-stay-as-instructors',
  kind: 'plan',
  announced: '2024-05',
  recognize: { require: [['reopen'], ['bridge', 'orsa-bridge']] },
};

describe('a plan told under a time opening the sentence, in a year before it was made', () => {
  it('is some earlier step: "In 2019, …", "By the end of 2021, …"', () => {
    for (const sentence of [
      'In 2019, the Orsa Bridge reopened for a week after a flood.',
      'By the end of 2021, when the Orsa Bridge reopened, the crews became instructors.',
    ])
      expect(recognize(instructors, facts(sentence, '2025-06-01')).ok, sentence).toBe(false);
  });
});

describe('"By" and a part of the year opening the sentence', () => {
  it('dates the event as "In" does', () => {
    for (const sentence of [
      'By 2019, the Orsa Bridge had reopened to buses.',
      'By the end of 2021, the Orsa Bridge reopened for the festival.',
    ])
      expect(recognize(reopened, facts(sentence, '2025-06-01')).ok, sentence).toBe(false);
    const result = recognize(
      reopened,
      facts('By the end of March 2025, the Orsa Bridge had reopened.', '2025-06-01'),
    );
    expect(result.ok, JSON.stringify(result).slice(0, 300)).toBe(true);
  });
});
