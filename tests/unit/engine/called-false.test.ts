/**
 * engine/called-false.ts: a report told and then called false asserts nothing of what it
 * reported. Made-up sentences of the bridge story (tests/fixtures/story-bridge/).
 */
import { describe, expect, it } from 'vitest';
import { calledFalse, namedFalse } from '../../../engine/called-false';
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

describe('a report called false', () => {
  it('asserts nothing when the report is then called false', () => {
    expect(
      recognize(
        reopens,
        facts('A notice shared online, saying the council would reopen the Orsa Bridge, was fake.'),
      ).ok,
    ).toBe(false);
    expect(
      recognize(reopens, facts('Rumours that crews reopen the bridge in May are entirely untrue.'))
        .ok,
    ).toBe(false);
    expect(
      recognize(reopens, facts('The story that Riverton will reopen the bridge was a hoax.')).ok,
    ).toBe(false);
    expect(
      recognize(
        reopens,
        facts('Rumours that crews had reopened the bridge spread on Monday but were false.'),
      ).ok,
    ).toBe(false);
  });

  it('still reads the report when the verdict is on something else or in another statement', () => {
    expect(recognize(reopens, facts('The council will reopen the Orsa Bridge in May.')).ok).toBe(
      true,
    );
    expect(
      recognize(
        reopens,
        facts('The council will reopen the Orsa Bridge in May; rumours of a strike were false.'),
      ).ok,
    ).toBe(true);
    expect(
      recognize(
        reopens,
        facts('The council will reopen the Orsa Bridge in May, and reports of a delay are false.'),
      ).ok,
    ).toBe(true);
    expect(
      recognize(
        reopens,
        facts(
          'Crews reopen the Orsa Bridge in May, the mayor said, but rumours of a toll were fake.',
        ),
      ).ok,
    ).toBe(true);
  });

  it('needs the verdict after the report, as the predicate of "be"', () => {
    const f = facts('A false alarm closed the road, but the council will reopen the bridge.');
    expect(calledFalse(f.hits, f)).toBeUndefined();
  });
});

describe('a report named false before it is told ("the myth that …")', () => {
  it('asserts nothing when a noun of falsehood and "that" open the report', () => {
    expect(
      recognize(reopens, facts('He mocked the myth that the council will reopen the bridge.')).ok,
    ).toBe(false);
    expect(
      recognize(
        reopens,
        facts('Enough of the pretence that crews reopen the Orsa Bridge in May, she wrote.'),
      ).ok,
    ).toBe(false);
  });

  it('still reads the report when "that" is another word\'s or the noun only doubts', () => {
    expect(
      recognize(
        reopens,
        facts('The myth died; the council said that it will reopen the bridge in May.'),
      ).ok,
    ).toBe(true);
    expect(
      recognize(reopens, facts('The idea that the council will reopen the bridge won support.')).ok,
    ).toBe(true);
    const f = facts('A myth about trolls aside, the council will reopen the bridge.');
    expect(namedFalse(f.hits, f)).toBeUndefined();
  });
});
