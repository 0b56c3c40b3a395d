/** "Remain" linking a subject to a state is not anyone staying (engine/remain-links.ts). */
import { describe, expect, it } from 'vitest';
import { remainLinks } from '../../../engine/remain-links';
import { tokenize } from '../../../engine/tokenize';

const at = (text: string) => {
  const tokens = tokenize(text);
  return remainLinks(
    tokens,
    tokens.findIndex((t) => /^remain(s|ed)?$/.test(t.norm)),
  );
};

describe('remainLinks', () => {
  it('is "remain" followed by a state that is no posting', () => {
    expect(at('The harbour remains exposed to storms from the west.')).toBe(true);
    expect(at('The second stage of the sale remained on schedule, the board said.')).toBe(true);
    expect(at('The ferry company remains firmly committed to the island.')).toBe(true);
    expect(at('A truce between the fishermen remained very fragile.')).toBe(true);
  });

  it('is "remain" followed by a standing: what the subject is to someone, not where it is', () => {
    expect(at('A new quay remained a priority for the harbour board.')).toBe(true);
    expect(at('The town will remain a close friend to the island.')).toBe(true);
    expect(at('The ferry line remains the cornerstone of the crossing.')).toBe(true);
    expect(at('Portsea remains our most loyal partner.')).toBe(true);
  });

  it('is not "remain" before a span of time, a threat, or a force', () => {
    expect(at('The crews will remain a few more weeks at the pier.')).toBe(false);
    expect(at('The gang remains a threat to both towns.')).toBe(false);
    expect(at('A small crew remains a presence at the pier.')).toBe(false);
  });

  it('is "remain" closing a clause whose state "how" fronts', () => {
    expect(at('The storm showed how exposed the northern pier remains to the sea.')).toBe(true);
  });

  it('is not "remain" of a crew staying somewhere or in a posting', () => {
    expect(at('The crews remain at the pier.')).toBe(false);
    expect(at('Two hundred sailors remained stationed on the island.')).toBe(false);
    expect(at('Some guards remained on the quay after the sale.')).toBe(false);
    expect(at('The crews remained, though the pier was exposed to storms.')).toBe(false);
    expect(at('Nobody knows how long the crews will remain.')).toBe(false);
  });

  it('is not "remain" telling that a danger lasts', () => {
    expect(at('The gang remains dangerous in both towns.')).toBe(false);
    expect(at('The risk of flooding remains high.')).toBe(false);
  });

  it('is not "the remaining crews"', () => {
    const text = 'The remaining crews stayed on schedule.';
    const tokens = tokenize(text);
    expect(remainLinks(tokens, 1)).toBe(false);
  });
});
