/**
 * A sentence naming another theatre of the story's actors in its own words, and the story's
 * places only by what it carries from the sentences before, tells of that theatre
 * (engine/index.ts, refusedInContext). The sentence gate (topic-gate.ts, aboutOtherTheatre)
 * counts the places carried too.
 */
import story from 'virtual:claimlight-story';
import { describe, expect, it } from 'vitest';
import { createMatcher } from '../../../engine/index';

const matcher = createMatcher(story);

const page = (last: string) =>
  [
    'Pentagon To Shrink Iraq Mission',
    'The US Defense Department said on Tuesday that it would scale back the American military mission in Iraq.',
    last,
  ].join('\n\n');
const cardOf = (last: string) => {
  const text = page(last);
  return matcher
    .match(text, { published: '2025-10-02' })
    .matches.find((m) => text.slice(m.start, m.end) === last)?.claim;
};

describe('a sentence about another theatre', () => {
  it('is not carded when it names none of the story’s places in its own words', () => {
    // "It" takes the sentence before's actors and place: Iraq, carried, is not the sentence's.
    expect(cardOf('It came days after the Pentagon scaled back its presence in Niger.')).toBe(
      undefined,
    );
  });

  it('is carded when it names the story’s place too', () => {
    expect(cardOf('As in Niger, the Pentagon scaled back its presence in Iraq this week.')).toBe(
      'pentagon-scales-back-mission',
    );
  });
});
