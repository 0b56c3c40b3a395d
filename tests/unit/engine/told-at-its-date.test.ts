/**
 * "That will change by March, when the bridge reopens": a main clause opening on a pronoun says
 * only that something comes at its date, and the ", when …" clause right after the date tells
 * what; it is not ranked as a clause of time beside another assertion (engine/recognize.ts,
 * toldAtItsDate()).
 */
import { describe, expect, it } from 'vitest';
import { recognize } from '../../../engine/recognize';
import { facts, undisputedMarch } from './bridge-story';

const score = (text: string) => {
  const result = recognize(undisputedMarch, facts(text));
  return result.ok ? result.score : undefined;
};

describe('a ", when …" clause after the date of an empty main clause', () => {
  it('is what the sentence asserts', () => {
    const told = score('That will change by March, when the Orsa Bridge reopens.');
    const beside = score('Traffic will change by March, when the Orsa Bridge reopens.');
    expect(told).toBeDefined();
    expect(beside).toBeDefined();
    // The main clause of its own ("Traffic will change") keeps the clause of time below it.
    expect((told as number) - (beside as number)).toBeGreaterThan(0);
  });

  it('not when the main clause names something of its own', () => {
    // "The council" opens a main clause of its own: the clause of time stays below it.
    expect(score('The council will vote by March, when the Orsa Bridge reopens.')).toBeLessThan(
      score('That will change by March, when the Orsa Bridge reopens.') as number,
    );
  });
});
