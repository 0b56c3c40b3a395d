/**
 * Session 38 (fit19): an answer that opens with "No" or "Not" denies or hedges what it was asked,
 * so it borrows who was asked about but not the act ("Not yet" excepted: that act is still to
 * come); and an aside between commas ("…, who sits on the committee, …") does not end the main
 * clause, so a text put to a vote that "requires" an act after it still only demands it.
 */
import { describe, expect, it } from 'vitest';
import { cardsOfArticle, claimsOf } from './story-sentence';

const article = (question: string, answer: string) =>
  `What the coalition's timetable means for Iraq\n\n${question} ${answer}`;

describe('an answer opening with a denial or a hedge', () => {
  it('does not take the question\'s "leave" into "Not necessarily: …"', () => {
    const cards = cardsOfArticle(
      article(
        'Will every American soldier go home?',
        'Not necessarily: the two capitals say the alliance gives way to separate defence pacts with each member country, and some American trainers may remain under such a deal.',
      ),
      '2025-03-01',
    );
    expect(cards).not.toContain('agreement-reached');
  });

  it('still reads "Not yet: …" as the asked event to come', () => {
    const cards = cardsOfArticle(
      article(
        'Has the mission ended?',
        "Not yet: Baghdad says the coalition's job in the Kurdistan Region should wrap up in September next year.",
      ),
      '2025-10-01',
    );
    expect(cards).toContain('mission-end-sept-2026');
  });
});

describe('a motion or amendment "requiring" an act, past an aside between commas', () => {
  it('an amendment requiring a departure is a demand, not a plan', () => {
    expect(
      claimsOf(
        'The member filed an amendment requiring all foreign troops to be out by the end of 2025.',
        '2025-03-01',
      ),
    ).not.toContain('full-exit-end-2025');
  });

  it('the same, with the proposer described in an aside between commas', () => {
    expect(
      claimsOf(
        'A member of a small bloc, which sides with the armed groups, called the bill too weak and filed an amendment requiring all foreign troops to be out by the end of 2025.',
        '2025-03-01',
      ),
    ).not.toContain('full-exit-end-2025');
  });
});
