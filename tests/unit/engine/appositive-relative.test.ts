/**
 * A relative clause on a noun phrase set after a comma ("…, part of the arrangement that the
 * council agreed …") describes a thing the reader knows: taken for granted, so a claim keyed only
 * there ranks below the main clause's (engine/appositive-relative.ts, presupposed.ts).
 */
import { describe, expect, it } from 'vitest';
import { appositiveRelatives } from '../../../engine/appositive-relative';
import { tokenize } from '../../../engine/tokenize';
import { describeWordings } from './story-sentence';

const relatives = (text: string): string[] => {
  const tokens = tokenize(text);
  return appositiveRelatives(tokens, text).map(([from, to]) =>
    tokens
      .slice(from, to)
      .map((t) => t.raw)
      .join(' '),
  );
};

describe('a relative clause on a noun phrase after a comma', () => {
  it('runs from "that"/"which" to the next break or the end', () => {
    expect(
      relatives('Two crews stayed on, part of the rota that the council agreed would last a year.'),
    ).toEqual(['that the council agreed would last a year']);
    expect(
      relatives('The ferry stopped in May, a step which nobody had expected, officials said.'),
    ).toEqual(['which nobody had expected']);
  });

  it('is no relative clause when the phrase opens a clause of its own', () => {
    expect(relatives('For years, the crews have said that they would stay.')).toEqual([]);
    expect(relatives('In May, the council warned that the pier would close.')).toEqual([]);
  });

  it('is no relative clause after a noun that takes "that" as a conjunction', () => {
    expect(relatives('The crews left early, a sign that the deal had held.')).toEqual([]);
  });
});

describeWordings('the main clause wins over what the relative clause says', [
  [
    'advisers who stayed, in a role the two governments agreed on',
    'Some American advisers stayed on at the ministry, part of a support role that Washington and Baghdad agreed would outlast the drawdown.',
    '2026-02-10',
    'advisers-remain',
  ],
]);
