/**
 * "The navy answered with strikes on the camps. The council condemned the strikes.": the noun a
 * verb of reacting takes with "the" is the thing the sentence before told, with what that
 * sentence gave it (carry-those-nouns.ts, as "those strikes" already was). Session 44, fit29,
 * for an articles-blind-29 miss; wordings our own.
 */
import { describe, expect, it } from 'vitest';
import { cardsOfArticle } from './story-sentence';

const article = (...sentences: string[]) => ['Iraq and the coalition', ...sentences].join('\n\n');

describe('a reaction to "the strikes" takes up whose strikes they were', () => {
  it('condemned, denounced or criticised: the US strikes told just before', () => {
    for (const pair of [
      [
        'The US carried out airstrikes against Kataib Hezbollah in Iraq on Friday.',
        'The Iraqi government condemned the airstrikes as an attack on its sovereignty.',
      ],
      [
        "Washington answered with retaliatory strikes on the factions' depots in Iraq.",
        "Iraq's government denounced the strikes, calling them a violation of Iraqi sovereignty.",
      ],
      [
        'The US launched strikes on two militia headquarters in Iraq on Saturday.',
        'Baghdad criticised the strikes as a violation of its sovereignty.',
      ],
    ] as const)
      expect(cardsOfArticle(article(...pair), '2024-02-20'), pair[1]).toContain(
        'us-strikes-angered-baghdad',
      );
  });
  it('strikes by someone else told just before are not the US strikes', () => {
    expect(
      cardsOfArticle(
        article(
          'Iranian missile strikes hit Erbil overnight.',
          'Baghdad condemned the strikes as a breach of its sovereignty.',
        ),
        '2026-03-10',
      ),
    ).not.toContain('us-strikes-angered-baghdad');
  });
});
