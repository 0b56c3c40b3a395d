/**
 * A headline dated only by its page times a plan when it tells the plan's moment, not when it
 * names the act only as its topic (engine/topic-noun.ts), on the bridge story's made-up plan.
 */
import { describe, expect, it } from 'vitest';
import { recognize } from '../../../engine/recognize';
import type { Claim } from '../../../engine/types';
import { facts, repairsPlan, undisputedMarch } from './bridge-story';

const plan = repairsPlan;
/** A page of the plan's month. */
const onMarchPage = (text: string) => recognize(plan, facts(text, '2025-03-14'));

describe('a headline naming a plan only as its topic', () => {
  it('is not dated by its page', () => {
    for (const text of [
      'Inside the Orsa Bridge’s Reopening',
      'Timeline: How Drivers Waited For The Reopening Of The Bridge',
      'Residents Ask About The Reopening Of The Orsa Bridge',
    ])
      expect(onMarchPage(text).ok, text).toBe(false);
  });

  it('is dated by its page when it tells the act, or names the plan’s own step', () => {
    for (const text of [
      'Orsa Bridge Reopens To Traffic At Last',
      'Inside the Orsa Bridge’s Reopening After Repairs',
    ])
      expect(onMarchPage(text).ok, text).toBe(true);
  });

  it('leaves an event claim as it was', () => {
    const event: Claim = { ...undisputedMarch, id: 'bridge-reopened', kind: 'event' };
    expect(recognize(event, facts('Inside the Orsa Bridge’s Reopening', '2025-03-14')).ok).toBe(
      true,
    );
  });
});
