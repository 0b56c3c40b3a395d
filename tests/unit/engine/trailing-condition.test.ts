/**
 * engine/trailing-condition.ts: a clause with "could" or "might" that ends in a condition ("… if
 * …", "… unless …") supposes the event and asserts no claim. Made-up sentences of the bridge
 * story (tests/fixtures/story-bridge/).
 */
import { describe, expect, it } from 'vitest';
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

describe('a clause with "could" or "might" that ends in a condition', () => {
  it('asserts nothing', () => {
    for (const text of [
      'The council could reopen the Orsa Bridge in May if the vote passes.',
      'Engineers say the bridge might reopen before the summer unless the river floods.',
      'The Orsa Bridge could reopen within weeks if the last inspection goes well.',
    ])
      expect(recognize(reopens, facts(text)).ok, text).toBe(false);
  });

  it('still reads "will" and "would" with a condition, a bare "could", and another clause', () => {
    for (const text of [
      'The council will reopen the Orsa Bridge in May if the vote passes.',
      'Officials said the council would reopen the Orsa Bridge in May, if all went well.',
      'The council could reopen the Orsa Bridge in May.',
      'The council reopened the Orsa Bridge in May; the ferry could stop if traffic falls.',
      'The council reopened the Orsa Bridge as if nothing could go wrong.',
    ])
      expect(recognize(reopens, facts(text)).ok, text).toBe(true);
  });
});

describe('a clause with "would" and "only if"', () => {
  it('asserts nothing', () => {
    for (const text of [
      'Critics said the council would only reopen the Orsa Bridge if the tolls were paid.',
      'The mayor said the council would reopen the Orsa Bridge only if the vote passed.',
    ])
      expect(recognize(reopens, facts(text)).ok, text).toBe(false);
  });
  it('still reads "would" with a plain condition', () => {
    const text =
      'The mayor said the council would reopen the Orsa Bridge in May, if the vote passed.';
    expect(recognize(reopens, facts(text)).ok, text).toBe(true);
  });
});
