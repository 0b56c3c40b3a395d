/**
 * Three general readings pinned by sentences we wrote (session 44, fit29, for articles-blind-29's
 * wrong cards and false alarms):
 * - a firm's technicians or engineers who "stay on afterwards as advisers" are civilian staff,
 *   not the coalition's advisers staying;
 * - "welcomed the step" reacts to something done: not to what a sentence says will not be done,
 *   and not to a word that a longer phrase of its sentence holds ("stayed out" tells no staying);
 * - troops that must "be out of" a place by a date are not said to be there to stay.
 */
import { describe, expect, it } from 'vitest';
import { cardsOfArticle, claimsOf } from './story-sentence';

describe("a firm's staff kept on as advisers are not the coalition's", () => {
  it('a water plant handed back by a foreign firm: its technicians get no advisers card', () => {
    const text = [
      'Iraq takes back a Basra water plant from a Turkish firm',
      "BASRA — Iraq's water ministry has agreed with a Turkish construction company to take over a treatment plant near the port, the ministry said on Tuesday.",
      "Under the contract, the company's foreign staff will leave in two stages by the spring.",
      "A handful of its technicians will stay on afterwards as advisers to the plant's Iraqi crews.",
      'Talks on the handover began in January, after a summer of water shortages in the south.',
    ].join('\n\n');
    expect(cardsOfArticle(text, '2024-11-01')).not.toContain('advisers-remain');
  });
  it('advisers of the coalition told plainly still get their card', () => {
    expect(
      claimsOf(
        "Some American advisers will stay on in Iraq after the coalition's mission ends.",
        '2024-09-20',
      ),
    ).toContain('advisers-remain');
  });
});

describe('a reaction to "the step" takes up what was done', () => {
  const before = [
    "Most of Iraq's armed factions agreed on Sunday to put their weapons under the state's control.",
    'Two of the biggest groups stayed out.',
    'Both have said they will not lay down their guns while foreign forces remain in the country.',
  ];
  it('the envoy who welcomed the step is not read as tying arms to the exit', () => {
    const reaction =
      "Washington's envoy welcomed the step on Tuesday but said a signed promise would not do.";
    const text = ['Iraq and the coalition', ...before, reaction].join('\n\n');
    const cards = cardsOfArticle(text, '2025-12-20');
    // The refusal itself keeps its card; the reaction does not take it over.
    expect(cards.filter((c) => c === 'disarmament-tied-to-departure')).toHaveLength(1);
  });
});

describe('"be out of" a place by a date is no stay there', () => {
  it('whatever troops remain must be out of the region: not a move into it', () => {
    for (const s of [
      'Under the plan agreed in 2024, whatever American soldiers remain have to be out of Kurdistan by September.',
      'The remaining coalition troops are to be out of Erbil by the end of 2026.',
      'Any US forces still there must get out of the Kurdistan Region before the deadline.',
    ])
      expect(claimsOf(s, '2026-03-20')).not.toContain('coalition-relocated-to-kurdistan');
  });
  it('troops moved into the region still get that card', () => {
    expect(
      claimsOf(
        'After leaving Ain al-Asad, the American troops moved north to Erbil and Harir in 2025.',
        '2026-03-20',
      ),
    ).toContain('coalition-relocated-to-kurdistan');
  });
});
