/**
 * Common wording of claims, each in sentences of our own: "the complete removal of foreign
 * forces" as the demand for a full exit, a base "now controlled" in reported speech, "send every
 * foreign force home" (a singular after "every"), the commission as "a joint military body", a
 * plan that has "not had the final go-ahead" as one awaiting approval, "neither capital" and
 * "both leaders" as the two sides. The vocabulary's general English (data/vocabulary.json),
 * pinned so a later change cannot silently undo it, with near misses that must stay uncarded.
 * (Added while fitting articles-blind-28, session 43.)
 */
import { describe, expect, it } from 'vitest';
import { claimsOf, describeWordings, type WordingCase } from './story-sentence';

const cases: WordingCase[] = [
  [
    '"the complete removal of foreign forces"',
    'Armed factions in Iraq say nothing short of the complete removal of foreign forces will satisfy them.',
    '2025-08-28',
    'factions-demand-full-withdrawal',
  ],
  [
    '"the total expulsion of American troops"',
    'The resistance groups called on parliament to secure the total expulsion of American troops.',
    '2025-08-28',
    'factions-demand-full-withdrawal',
  ],
  [
    '"the full removal of all foreign soldiers"',
    'Militia leaders vowed to keep up the pressure until the full removal of all foreign soldiers.',
    '2025-08-28',
    'factions-demand-full-withdrawal',
  ],
  [
    'a base held "now" in the past of reported speech ("now controlled")',
    'The defence ministry said on Sunday that Iraqi troops now controlled the whole of Ain al-Asad.',
    '2026-01-18',
    'ain-al-asad-handed-over-jan-2026',
  ],
  [
    '"now fully controlled"',
    'Commanders told reporters the army now fully controlled the Anbar air base after the last Americans flew out.',
    '2026-01-18',
    'ain-al-asad-handed-over-jan-2026',
  ],
  [
    '"now controlled" with a part of the base as object',
    'An Iraqi general said his soldiers now controlled every hangar at Ain al-Asad.',
    '2026-01-18',
    'ain-al-asad-handed-over-jan-2026',
  ],
  [
    'a vote to "send every foreign force home" (a singular after "every")',
    'Four years earlier the chamber had voted, narrowly, to send every foreign force home.',
    '2024-10-08',
    'parliament-vote-2020',
  ],
  [
    '"to send every foreign soldier home"',
    'In January 2020 the Iraqi parliament voted to send every foreign soldier home.',
    '2024-10-08',
    'parliament-vote-2020',
  ],
  [
    '"to send each foreign troop home"',
    'Lawmakers in Baghdad voted in 2020 to send each foreign troop home, a resolution never carried out.',
    '2024-10-08',
    'parliament-vote-2020',
  ],
  [
    'the commission as "a joint military body"',
    'A joint military body of Iraqi and American officers will decide how fast the coalition winds down.',
    '2024-01-27',
    'military-commission-leads-talks',
  ],
  [
    '"a joint security body" where the talks are held',
    'Talks on the future of US troops take place in a joint security body set up in 2023.',
    '2024-01-27',
    'military-commission-leads-talks',
  ],
  [
    'the coalition\'s future in the hands of "a joint military body"',
    "The coalition's future is now in the hands of a joint military body meeting in Baghdad.",
    '2024-01-27',
    'military-commission-leads-talks',
  ],
  [
    'a plan "not had the final go-ahead" (an approval not yet had is one awaited)',
    'The deal has not had the final go-ahead from Washington, officials said.',
    '2024-09-20',
    'plan-awaits-final-approval',
  ],
  [
    '"neither capital" for the two sides',
    'Neither capital has given the plan its final blessing.',
    '2024-09-20',
    'plan-awaits-final-approval',
  ],
  [
    '"both leaders" for the two sides',
    'The draft awaits approval from both leaders before it can be announced.',
    '2024-09-20',
    'plan-awaits-final-approval',
  ],
];

describeWordings(
  'removal, now controlled, every force home, joint body, go-ahead, both sides',
  cases,
);

describe('near misses of the same wording stay uncarded', () => {
  it('a complete removal of something other than forces is no demand for their exit', () => {
    expect(
      claimsOf(
        'The factions said the complete removal of the checkpoints would take months.',
        '2025-08-28',
      ),
    ).not.toContain('factions-demand-full-withdrawal');
  });

  it('ground "now controlled" by the militants in another year is no handover', () => {
    expect(
      claimsOf(
        'By the summer of 2014 the militants now controlled much of Anbar province.',
        '2026-01-18',
      ),
    ).not.toContain('ain-al-asad-handed-over-jan-2026');
  });

  it('a joint body of other forces, on other business, is no commission on the coalition', () => {
    expect(
      claimsOf(
        'Iraqi and Kurdish commanders set up a joint security body to patrol the disputed areas around Kirkuk.',
        '2024-01-27',
      ),
    ).not.toContain('military-commission-leads-talks');
  });

  it('an approval not yet had for something other than the plan is no plan awaiting it', () => {
    expect(
      claimsOf('The oil budget has not had the final approval of parliament.', '2024-09-20'),
    ).not.toContain('plan-awaits-final-approval');
  });
});
