/**
 * What someone spoke or talked "about", a list of nouns, is the topic of the talk: it tells
 * nothing of them (engine/talked-about.ts, recognize.ts).
 */
import { describe, expect, it } from 'vitest';
import { talkedAbout } from '../../../engine/talked-about';
import { phraseWords, sentence } from './sentence-words';
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

  it('reaches the verb across its listener, place and time, but not across a mark', () => {
    const far = sentence(
      'The mayor spoke to the Gazette in Portsea on a wet Sunday this month about the ferry closure.',
      [['closure', 'closure']],
    );
    expect(talkedAbout(far.hits, far)?.norm).toBe('about');
    const parted = sentence(
      'The mayor spoke to the Gazette, and the council wrote about the ferry closure.',
      [['closure', 'closure']],
    );
    expect(talkedAbout(parted.hits, parted)).toBeUndefined();
    expect(
      claimsOf(
        "The deputy speaker talked with a radio station in Basra this month about the foreign troops' withdrawal from Iraq.",
        '2026-11-24',
      ),
    ).toEqual([]);
  });

  it('keeps the topic before a relative clause on its last noun, unless the clause tells', () => {
    const watched = sentence(
      'The mayor spoke to the Gazette about the ferry closure, which he watched from the quay.',
      [['closure', 'closure']],
    );
    expect(talkedAbout(watched.hits, watched)?.norm).toBe('about');
    const dated = sentence(
      'The mayor spoke to the Gazette about the ferry closure, which will last until 2027.',
      [['closure', 'closure']],
    );
    expect(talkedAbout(dated.hits, dated)).toBeUndefined();
    const named = phraseWords(
      'The mayor spoke to the Gazette about the ferry closure, which follows a closure of the pier.',
      { 'ferry closure': 'closure', 'closure of': 'closure' },
    );
    expect(talkedAbout(named.hits.slice(0, 1), named)).toBeUndefined();
    // No comma: "that" opens a clause of the topic's own.
    const that = sentence(
      'The mayor spoke to the Gazette about the closure that ended the ferries.',
      [['closure', 'closure']],
    );
    expect(talkedAbout(that.hits, that)).toBeUndefined();
    expect(
      claimsOf(
        "The deputy speaker talked with a radio station in Basra this month about the foreign troops' withdrawal, which she followed from parliament.",
        '2026-11-24',
      ),
    ).toEqual([]);
    expect(
      claimsOf(
        "The deputy speaker talked with a radio station about the foreign troops' withdrawal from Iraq, which will be complete by the end of this month.",
        '2026-11-24',
      ),
    ).toEqual(['full-exit-2026']);
  });
});
