/**
 * alignedWith: a body named only as what someone is aligned with ("close to the guild", a
 * hyphened "guild-leaning") is not who acts in the sentence; the same name before a verb with a
 * space between is. Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { alignedWith } from '../../../engine/aligned-with';
import type { ConceptHit } from '../../../engine/find-concepts';
import { tokenize } from '../../../engine/tokenize';

/** Whether `word` (its first occurrence) is read as only what someone is aligned with. */
const aligned = (sentence: string, word: string) => {
  const tokens = tokenize(sentence);
  const from = tokens.findIndex((t) => t.norm === word);
  const hit: ConceptHit = { concept: 'x', from, to: from + 1, text: word };
  return alignedWith(hit, tokens, sentence);
};

describe('alignedWith', () => {
  it('reads "close to", "loyal to" and "aligned with" the body as alignment', () => {
    expect(aligned('Crews close to the guild say the pier must shut.', 'guild')).toBe(true);
    expect(aligned('Boats aligned with the guild stayed in port.', 'guild')).toBe(true);
  });
  it('reads a hyphened word of alignment after the body as alignment', () => {
    expect(aligned('Guild-leaning crews said the closure fell short.', 'guild')).toBe(true);
    expect(aligned('The council-backed ferry line kept sailing.', 'council')).toBe(true);
  });
  it('does not read the body before a verb, with a space between, as alignment', () => {
    expect(aligned('The guild backed the plan to shut the pier.', 'guild')).toBe(false);
    expect(aligned('The guild said the pier must shut.', 'guild')).toBe(false);
  });
});
