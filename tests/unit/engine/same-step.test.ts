/**
 * engine/same-step.ts: others took the step the sentence before told ("took the same step",
 * "comparable decisions"), read by carry-context.ts `restatesPrevious`. Made-up ferry sentences.
 */
import { describe, expect, it } from 'vitest';
import { restatesPrevious } from '../../../engine/carry-context';
import { takesTheSameStep } from '../../../engine/same-step';
import { tokenize } from '../../../engine/tokenize';

const same = (text: string) => takesTheSameStep(tokenize(text));

describe('takesTheSameStep', () => {
  it('a verb of taking, a word of likeness and a general noun of a step', () => {
    for (const text of [
      'The Portsea crews took the same step.',
      'Two other towns took comparable decisions in the same month.',
      'The Ashby board made a similar move on Friday.',
      'Portsea reached much the same decision that week.',
      'Ashby has taken similar steps in May.',
    ])
      expect(same(text), text).toBe(true);
  });

  it('not another step, one with an object of its own, or one undone', () => {
    for (const text of [
      'Portsea took a different decision.',
      'Ashby took a similar decision on its fishing quotas.',
      'Portsea took the same step for its buses.',
      'Portsea has not taken the same step.',
      'Ashby never made a similar move.',
      'The same step was taken in 2019.',
    ])
      expect(same(text), text).toBe(false);
  });

  it('is a restatement of the sentence before', () => {
    expect(restatesPrevious(tokenize('Portsea took the same step.'))).toBe(true);
  });
});
