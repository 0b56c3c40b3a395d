/**
 * What someone spoke or talked "about", a list of nouns, is the topic of the talk: it tells
 * nothing of them (engine/talked-about.ts, recognize.ts).
 */
import { describe, expect, it } from 'vitest';
import { talkedAbout } from '../../../engine/talked-about';
import { sentence } from './sentence-words';
import { claimsOf } from './story-sentence';

describe('the topic of a talk', () => {
  it('reports no claim named only in the nouns after "spoke … about"', () => {
    expect(
      claimsOf(
        "The defence minister spoke to reporters in Erbil about the coalition's departure, the winter floods and the new budget.",
        '2026-03-10',
      ),
    ).toEqual([]);
    expect(
      claimsOf(
        "In Erbil, the governor talked with reporters about the US-led coalition's withdrawal from Iraq and the March strikes.",
        '2026-03-10',
      ),
    ).toEqual([]);
  });

  it('still reports a clause after "about", or one told after the topic', () => {
    expect(
      claimsOf(
        "The defence minister spoke about how the coalition's troops would leave Iraq by September 2026.",
        '2026-03-10',
      ),
    ).toEqual(['full-exit-2026']);
    expect(
      claimsOf(
        "The governor talked with reporters about the US-led coalition's withdrawal from Iraq; the coalition will leave Iraq by September 2026, he said.",
        '2026-03-10',
      ),
    ).toEqual(['full-exit-2026']);
  });

  it('reads "talks … about" as a noun, not a talk', () => {
    const talks = sentence('The talks with the council were about the ferry closure.', [
      ['closure', 'closure'],
    ]);
    expect(talkedAbout(talks.hits, talks)).toBeUndefined();
    const spoke = sentence('The mayor spoke to the Gazette about the ferry closure.', [
      ['closure', 'closure'],
    ]);
    expect(talkedAbout(spoke.hits, spoke)?.norm).toBe('about');
  });
});
