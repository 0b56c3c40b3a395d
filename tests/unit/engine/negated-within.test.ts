/**
 * A negation standing in a phrase's gap negates the phrase (find-negations.ts, negatedWithin):
 * "the crews' job at the pier isn't finished" read by a phrasing "job ~ finished" says the job
 * goes on. A concept whose own phrasings spell a negation inside keeps its reading ("the strike
 * is not over" is what a phrasing "strike ~ not over" means).
 */
import { describe, expect, it } from 'vitest';
import { compileStory } from '../../../engine/compile-story';
import { findNegations, negatedWithin } from '../../../engine/find-negations';
import { tokenize } from '../../../engine/tokenize';

/** Whether a hit of `concept` over the words `first` to `last` (inclusive) is negated within. */
const within = (text: string, first: string, last: string, spelled: string[] = []) => {
  const tokens = tokenize(text);
  const from = tokens.findIndex((t) => t.norm === first);
  const to = tokens.findIndex((t, k) => k > from && t.norm === last) + 1;
  return negatedWithin(
    { concept: 'job-done', from, to },
    findNegations(tokens, text),
    tokens,
    new Set(spelled),
  );
};

describe("a negation in a phrase's gap", () => {
  it('negates the phrase', () => {
    expect(within("The crews' job at the pier isn't finished.", 'job', 'finished')).toBe(true);
    expect(within('The job at the pier is not over, the board said.', 'job', 'over')).toBe(true);
    expect(within('The job at the pier has never been done.', 'job', 'done')).toBe(true);
  });

  it('leaves the phrase alone without one, or when the concept spells it (near misses)', () => {
    expect(within('The job at the pier is finished.', 'job', 'finished')).toBe(false);
    expect(within('The job at the pier is not over.', 'job', 'over', ['job-done'])).toBe(false);
    // Before the phrase: negatedAt's business, as before.
    expect(within('Not one job at the pier is finished.', 'job', 'finished')).toBe(false);
    // "not only" hedges; "not all" is partial.
    expect(within('The job is not only finished but paid.', 'job', 'finished')).toBe(false);
  });

  it('compiles the concepts that spell a negation past their first word', () => {
    const spelled = (concepts: Record<string, string[]>) =>
      compileStory({
        vocabulary: { concepts, entities: {}, topic: { anchors: [] } },
        sources: [],
        questions: [],
        claims: [],
      } as never).negationSpelled;
    expect(
      spelled({
        'strike-on': ['strike ~ not over', 'strike goes on'],
        'job-done': ['job ~ finished', 'not done'],
      }),
    ).toContain('strike-on');
    expect(spelled({ 'job-done': ['job ~ finished', 'not done'] })).not.toContain('job-done');
  });
});
