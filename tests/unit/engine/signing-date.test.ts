import { describe, expect, it } from 'vitest';
import { passiveDealPhrase, SIGNING } from '../../../engine/signing-date';
import { tokenize } from '../../../engine/tokenize';

/** The infinitive phrase of a deal before the signing verb `verb`, as words. */
const phrase = (text: string, verb: string) => {
  const tokens = tokenize(text);
  const span = passiveDealPhrase(
    tokens,
    text,
    tokens.findIndex((t) => t.norm === verb),
  );
  return span && tokens.slice(span[0], span[1]).map((t) => t.raw);
};

describe('passiveDealPhrase: the date of a deal signed in the passive is the deal’s', () => {
  it('reads settled and finalised as signing verbs', () => {
    expect(SIGNING.has('settled')).toBe(true);
    expect(SIGNING.has('finalised')).toBe(true);
  });

  it('finds what the deal’s infinitive sets, up to its auxiliaries', () => {
    expect(phrase('The deal to close the depot had been settled in May.', 'settled')).toEqual([
      'close',
      'the',
      'depot',
    ]);
    expect(phrase('An agreement to end the survey was signed in 2021.', 'signed')).toEqual([
      'end',
      'the',
      'survey',
    ]);
  });

  it('finds nothing without a deal and its infinitive, or with a mark between', () => {
    expect(phrase('The crews had been settled in Ashby by May.', 'settled')).toBeNull();
    expect(phrase('The council agreed in May to close the depot.', 'agreed')).toBeNull();
    expect(phrase('The deal to close the depot, critics say, was signed in May.', 'signed')).toBe(
      null,
    );
    expect(phrase('The deal to close the depot signed in May.', 'signed')).toBeNull();
  });
});
