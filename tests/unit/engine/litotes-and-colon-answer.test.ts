/**
 * Two readings from bank-fresh-m.jsonl (session 44), in words of no story: a denied hiding
 * ("has never hidden that …", "did not conceal …") is litotes for saying a thing openly, so it
 * negates nothing (engine/find-negations.ts); and an answer word set off by a colon ("No: …",
 * "Yes: …") answers the question before, as one set off by a dash or a comma does
 * (engine/answer-word.ts); and "Asked whether …, X said no." denies the asked clause, up to its
 * comma (engine/find-negations.ts, askedAnsweredNo).
 */
import { describe, expect, it } from 'vitest';
import { answerWord } from '../../../engine/answer-word';
import { findNegations } from '../../../engine/find-negations';
import { tokenize } from '../../../engine/tokenize';

const negated = (text: string) => findNegations(tokenize(text), text).map((n) => n.word);

describe('a denied hiding: said openly', () => {
  it('negates nothing', () => {
    for (const text of [
      'The council has never hidden that it wants the old pier closed.',
      'The mayor did not conceal her wish to see the ferry sold.',
      "The harbour board hasn't disguised its plan to move the berths.",
    ])
      expect(negated(text), text).toEqual([]);
  });

  it('leaves any other "never" or "not" a negation', () => {
    expect(negated('The council has never wanted the old pier closed.')).toEqual(['never']);
    expect(negated('The mayor did not sell the ferry.')).toEqual(['not']);
  });
});

describe('an answer word set off by a colon', () => {
  it('is the answer, not a negation of what follows', () => {
    const text = 'No: the night ferry runs until March.';
    expect(answerWord(tokenize(text), text, 0)).toBe(true);
    expect(negated(text)).toEqual([]);
    expect(negated('Yes: the bridge reopens in May.')).toEqual([]);
  });

  it('still reads a "no" that is no answer', () => {
    expect(negated('No ferry runs: the pier is shut.')).toEqual(['No']);
  });
});

describe('"Asked whether …, X said no"', () => {
  it('negates the asked clause, up to its comma', () => {
    const text = 'Asked whether the night ferry had been sold, the mayor said no.';
    const tokens = tokenize(text);
    const negations = findNegations(tokens, text);
    const sold = tokens.findIndex((t) => t.norm === 'sold');
    const mayor = tokens.findIndex((t) => t.norm === 'mayor');
    expect(negations.some((n) => n.at < sold && sold <= n.until)).toBe(true);
    expect(negations.some((n) => n.at < mayor && mayor <= n.until)).toBe(false);
  });

  it('leaves a "yes", or a "no" that is not the closing answer, alone', () => {
    expect(negated('Asked whether the night ferry had been sold, the mayor said yes.')).toEqual([]);
    expect(
      negated('Asked whether the ferry runs, the mayor said it runs and no more.').length,
    ).toBeLessThanOrEqual(1);
  });
});
