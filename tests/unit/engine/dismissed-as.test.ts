/**
 * Two readings of denial (engine/find-negations.ts): "dismissed X as Y" denies X and asserts Y
 * (calledAs: X a report, so its content is denied), and "nobody" as a subject negates what it did, as "no one" does.
 */
import { describe, expect, it } from 'vitest';
import { findNegations, isNegated } from '../../../engine/find-negations';
import { tokenize } from '../../../engine/tokenize';
import { describeWordings } from './story-sentence';

const negated = (text: string, word: string): boolean => {
  const tokens = tokenize(text);
  const at = tokens.findIndex((t) => t.norm === word);
  return isNegated(at, findNegations(tokens, text));
};

describe('"dismissed X as Y"', () => {
  const text = 'The mayor dismissed the talk of a closure as a rumour spread by the ferry owners.';

  it('denies the thing set aside', () => {
    expect(negated(text, 'closure')).toBe(true);
  });

  it('asserts what the thing is called after "as"', () => {
    expect(negated(text, 'rumour')).toBe(false);
    expect(negated(text, 'owners')).toBe(false);
  });

  it('keeps the whole denial when "as" comes right after the verb', () => {
    const before = 'The council dismissed as nonsense reports that the pier would close in May.';
    expect(negated(before, 'close')).toBe(true);
  });

  it('keeps the whole denial when "as" opens no label ("as well", "as of")', () => {
    expect(negated('The crews rejected the pay offer as well as the new rota.', 'rota')).toBe(true);
    expect(negated('The board dismissed the closure plan as of last week.', 'week')).toBe(true);
  });

  it('leaves "denied" as it was: what follows "as" stays denied', () => {
    expect(negated('The owners denied the closure as the mayor described it.', 'described')).toBe(
      true,
    );
  });
});

describe('"nobody" as a subject', () => {
  it('negates the verb and its object', () => {
    expect(negated('Nobody at the harbour has ever discussed a closure.', 'closure')).toBe(true);
    expect(negated('We were told that nobody had planned the closure.', 'planned')).toBe(true);
  });

  it('negates nothing before it', () => {
    expect(negated('The closure surprised nobody in town.', 'closure')).toBe(false);
  });
});

describeWordings('the story read through these denials', [
  [
    'a report dismissed as an election leak states the leak',
    'Baghdad politicians dismissed the talk of a US exit as a leak meant to help Harris win in November.',
    '2024-09-20',
    'leaks-serve-election',
  ],
  [
    '"nobody has discussed" a withdrawal denies it was discussed',
    'Nobody in Washington has discussed a withdrawal from Iraq, a State Department official said.',
    '2024-01-25',
    'withdrawal-never-discussed',
  ],
]);
