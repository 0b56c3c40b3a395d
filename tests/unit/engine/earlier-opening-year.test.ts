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
