/**
 * Other bodies doing the story's verbs: a company pulling its workers out of a site and stopping
 * production is its own business, not the withdrawal deal; an embassy's reach in the country is
 * consular work, not where the forces went. Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { claimsOf } from './story-sentence';

describe("other bodies' business in the story's words", () => {
  it('does not read a firm evacuating its workers and halting production as a delayed deal', () => {
    const cards = claimsOf(
      'A Canadian mining group said it is evacuating its employees from a copper site near Sulaimaniyah and halting production there for now.',
      '2025-09-14',
    );
    expect(cards).not.toContain('announcement-delayed');
    expect(cards).toEqual([]);
  });

  it('does not read expatriate staff pulled out of a gas plant as a delay', () => {
    expect(
      claimsOf(
        'The operator is withdrawing expatriate staff from its gas plant after the shelling and has put the expansion on hold.',
        '2025-09-14',
      ),
    ).toEqual([]);
  });

  it("does not read an embassy's limited reach beyond the north as the forces moved there", () => {
    expect(
      claimsOf(
        "It warns Americans that the consulate's capacity to assist them beyond Erbil remains small.",
        '2026-11-10',
      ),
    ).toEqual([]);
  });

  it('still reads the forces moved to the Kurdish north', () => {
    expect(
      claimsOf('US troops who left Baghdad relocated to Erbil, where they remain.', '2026-01-10'),
    ).toContain('coalition-relocated-to-kurdistan');
  });

  it('still reads the delayed announcement of the pull-out', () => {
    expect(
      claimsOf(
        'The announcement of the US troop withdrawal has been delayed amid the Gaza war.',
        '2024-09-10',
      ),
    ).toContain('announcement-delayed');
  });
});
