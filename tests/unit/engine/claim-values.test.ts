/**
 * Between two readings of a sentence with the same score and the same words explained, the one
 * whose score rests on the claim's own values (its figures, its date) wins (pick-best.ts,
 * outranks()): a count stated is more specific than one more word of the sentence.
 */
import { describe, expect, it } from 'vitest';
import { outranks } from '../../../engine/pick-best';
import { recognize } from '../../../engine/recognize';
import type { Claim } from '../../../engine/types';
import { facts, story } from './bridge-story';

const counted = story.kb.claims.find((c) => c.id === 'daily-crossings-14000') as Claim;
/** A made-up rival of the same score, three groups of words and no figure. */
const worded: Claim = {
  ...counted,
  id: 'crossings-before-closure',
  recognize: { require: [['crossings'], ['bridge', 'orsa-bridge'], ['close']] },
};

describe('a claim’s values between readings of equal score and words', () => {
  it('prefers the reading that states the claim’s figure', () => {
    const f = facts('Some 14,000 cars crossed the bridge each day until it closed.');
    const a = recognize(counted, f);
    const b = recognize(worded, f);
    if (!a.ok || !b.ok) throw new Error('both claims should be read');
    expect([a.score, a.covered]).toEqual([b.score, b.covered]);
    expect([a.valued, b.valued]).toEqual([1, 0]);
    // Whichever comes first in the knowledge base.
    expect(outranks(a, 1, b, 0)).toBe(true);
    expect(outranks(b, 0, a, 1)).toBe(false);
  });

  it('counts the claim’s date only when the sentence states it', () => {
    const reopens = story.kb.claims.find((c) => c.id === 'reopens-march-2025') as Claim;
    const dated = recognize(reopens, facts('The Orsa Bridge will reopen in March 2025.'));
    expect(dated.ok && dated.valued).toBe(1);
  });
});

describe('groups met by the same words', () => {
  /** A made-up rule asking twice for the closing: one word cannot meet both groups. */
  const twice: Claim = {
    ...counted,
    id: 'closed-twice',
    recognize: { require: [['bridge', 'orsa-bridge'], ['close'], ['close', 'repair']] },
  };

  it('counts a group that has no words of its own', () => {
    const once = recognize(twice, facts('The Orsa Bridge has been closed since autumn.'));
    const own = recognize(
      twice,
      facts('The Orsa Bridge has been closed for repairs since autumn.'),
    );
    if (!once.ok || !own.ok) throw new Error('both sentences should be read');
    expect(once.repeated).toBe(1);
    expect(own.repeated).toBe(0);
    // Equal scores: the reading whose groups each have words of their own wins.
    expect(outranks(own, 1, { ...once, score: own.score }, 0)).toBe(true);
  });
});

describe('statements joined by a semicolon', () => {
  const approved = story.kb.claims.find((c) => c.id === 'budget-approved') as Claim;
  /** A made-up rival of the same score whose words the sentence gives only across its semicolon. */
  const closedOverBudget: Claim = {
    ...counted,
    id: 'closed-over-budget',
    recognize: { require: [['close'], ['bridge', 'orsa-bridge'], ['budget']] },
  };

  it('prefers the reading one statement asserts alone over one taking words from both', () => {
    const f = facts('The Orsa Bridge closed in autumn; the council approved the budget.');
    const within = recognize(approved, f);
    const across = recognize(closedOverBudget, f);
    if (!within.ok || !across.ok) throw new Error('both claims should be read');
    expect([within.split, across.split]).toEqual([0, 1]);
    expect(within.score).toBe(across.score);
    // It explains more words, and comes first: still the weaker reading.
    expect(across.covered).toBeGreaterThan(within.covered);
    expect(outranks(within, 1, across, 0)).toBe(true);
  });

  it('does not turn the reading across a semicolon down', () => {
    const f = facts('The council has a budget; it approved it in December.');
    const result = recognize(approved, f);
    expect(result.ok && result.split).toBe(1);
  });
});
