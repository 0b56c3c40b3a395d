/**
 * engine/hypothetical.ts: a main clause told under an opening condition with "could", "would",
 * "might" or "may" supposes the event and asserts no claim. Made-up sentences of the bridge
 * story (tests/fixtures/story-bridge/).
 */
import { describe, expect, it } from 'vitest';
import { supposed } from '../../../engine/hypothetical';
import { recognize } from '../../../engine/recognize';
import type { Claim } from '../../../engine/types';
import { facts, story } from './bridge-story';

const base = story.kb.claims[0] as Claim;
/** A made-up claim: the council reopens the bridge. */
const reopens: Claim = {
  ...base,
  id: 'council-reopens-bridge',
  recognize: { require: [['reopen'], ['bridge', 'orsa-bridge']] },
};

describe('a main clause under an opening condition', () => {
  it('asserts nothing with "could", "would", "might" or "may"', () => {
    for (const text of [
      'If the vote passes, the council could reopen the Orsa Bridge in May.',
      'If the repairs go well, crews would reopen the bridge before the summer.',
      'Unless the money runs out, Riverton might reopen the Orsa Bridge this year.',
      'Should the vote fail, the council would reopen the Orsa Bridge anyway.',
      'Were the mayor to agree, crews could reopen the bridge in a week.',
    ]) {
      expect(supposed(facts(text))?.raw, text).toBeDefined();
      expect(recognize(reopens, facts(text)).ok, text).toBe(false);
    }
  });

  it('still reads a plan hedged with "will", and a condition that comes later', () => {
    expect(
      recognize(reopens, facts('If all goes well, the council will reopen the Orsa Bridge in May.'))
        .ok,
    ).toBe(true);
    expect(
      recognize(
        reopens,
        facts('The council will reopen the Orsa Bridge in May if the vote passes.'),
      ).ok,
    ).toBe(true);
    expect(supposed(facts('The council could reopen the Orsa Bridge in May.'))).toBeUndefined();
  });
  it('looks past a short tag of saying between the condition and its main clause', () => {
    for (const text of [
      'If the river floods again, one engineer said, the council could reopen the Orsa Bridge later.',
      'Unless the money arrives, the mayor warned, crews might reopen the bridge only in the autumn.',
    ]) {
      expect(supposed(facts(text))?.raw, text).toBeDefined();
      expect(recognize(reopens, facts(text)).ok, text).toBe(false);
    }
    // The tag is skipped, not the clause: with "will" the plan is still told.
    const hedged =
      'If all goes well, the mayor said, the council will reopen the Orsa Bridge in May.';
    expect(supposed(facts(hedged))).toBeUndefined();
    expect(recognize(reopens, facts(hedged)).ok).toBe(true);
  });
});
