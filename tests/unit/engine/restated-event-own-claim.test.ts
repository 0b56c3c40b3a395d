/**
 * A sentence naming again the event the card before told ("The move …", engine/carry-context.ts
 * `eventNamedAgainAt`) may tell, in words of its own, a claim of its own about it: the agreement
 * the move falls under. Read with what the cards before told at its noun, that claim is its card,
 * not the card before told again (engine/index.ts). With nothing of its own, or a deal of someone
 * else's, the card before is told again as it was.
 */
import story from 'virtual:claimlight-story';
import { describe, expect, it } from 'vitest';
import { createMatcher } from '../../../engine/index';

const matcher = createMatcher(story);
const cards = (sentences: string[], published = '2025-08-27') =>
  matcher.match(sentences.join('\n\n'), { published }).matches;

describe('a restatement that states a claim of its own', () => {
  const exit =
    'American soldiers started pulling out of Ain al-Asad air base in Anbar this week, Iraqi officers said.';

  it('"The move was agreed by Baghdad and Washington" states the agreement, not the exit again', () => {
    const found = cards([exit, 'The move was agreed by Baghdad and Washington last year.']);
    expect(found.map((m) => m.claim)).toEqual([
      'ain-al-asad-exit-began-aug-2025',
      'agreement-reached',
    ]);
    expect(found[1]?.evidence.some((e) => e.detail === 'restates the sentence before')).toBe(false);
  });

  it('"These steps follow the deal the two governments struck" states the agreement', () => {
    const found = cards([
      exit,
      'These steps follow the deal the two governments struck in September 2024.',
    ]);
    expect(found.map((m) => m.claim)).toEqual([
      'ain-al-asad-exit-began-aug-2025',
      'agreement-reached',
    ]);
  });

  it('the event told over the cards of two sentences lends what both told', () => {
    const found = cards([
      'American troops have started pulling out of one of their biggest bases in Iraq.',
      'Some were heading west towards Syria, others north to the Kurdistan Region.',
      'The move was agreed by Baghdad and Washington last year.',
    ]);
    expect(found.at(-1)?.claim).toBe('agreement-reached');
  });

  it('with nothing of its own, or a deal of others, the card before is told again (not the agreement)', () => {
    for (const again of [
      'The move was welcomed by tribal elders in Anbar.',
      'The move follows a deal a German builder struck with the province for a new runway.',
    ]) {
      const found = cards([exit, again]);
      expect(found.map((m) => m.claim)).toEqual([
        'ain-al-asad-exit-began-aug-2025',
        'ain-al-asad-exit-began-aug-2025',
      ]);
    }
  });
});
