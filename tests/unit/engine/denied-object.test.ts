/**
 * engine/denied-object.ts: a denied verb whose object is another thing denies nothing of the
 * claim named later. Made-up sentences of the bridge story (tests/fixtures/story-bridge/).
 */
import { describe, expect, it } from 'vitest';
import { recognize } from '../../../engine/recognize';
import type { Claim } from '../../../engine/types';
import { facts, story } from './bridge-story';

const noVote = story.kb.claims.find((c) => c.id === 'no-budget-vote') as Claim;

describe('a denied verb of another object', () => {
  it('does not deny the claim when its thing is named only in a later clause', () => {
    const result = recognize(
      noVote,
      facts('The union will not approve its contract while the budget stays unsettled.'),
    );
    expect(result.ok).toBe(false);
  });

  it('still denies it when the object is the claim’s thing', () => {
    expect(recognize(noVote, facts('The union will not approve the budget.')).ok).toBe(true);
  });

  it('still denies it when the claim’s thing comes before the verb', () => {
    expect(recognize(noVote, facts('The council will not approve the plan.')).ok).toBe(true);
  });
});
