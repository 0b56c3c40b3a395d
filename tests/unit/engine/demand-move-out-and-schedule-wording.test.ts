/**
 * Plain English forms read for articles-blind-29's misses (session 44, fit29), each in three
 * wordings of our own: "moving its soldiers out" (a phrasal verb with its object inside), "want
 * every foreign soldier gone" (a demand told by the state wished for), "a wish to see foreign
 * forces go", state "control over their arsenals", a closing "before" clause telling a schedule
 * in force, and civilian staff who "stay on as advisers" (not the coalition's advisers).
 */
import { describe, expect, it } from 'vitest';
import { claimsOf, describeWordings, type WordingCase } from './story-sentence';

describeWordings('forms of the claims told in general English', [
  [
    'move X out (1)',
    'In Erbil, the Dutch moved their personnel out within days as the threat of a regional war grew.',
    '2026-03-01',
    'partners-leave-erbil-feb-2026',
  ],
  [
    'move X out (2)',
    "Denmark is moving its troops out of harm's way, its defence ministry said of the Erbil contingent in February.",
    '2026-03-01',
    'partners-leave-erbil-feb-2026',
  ],
  [
    'move X out (3)',
    'Norway moved its contingent out of Erbil last month as the risk of war grew.',
    '2026-03-10',
    'partners-leave-erbil-feb-2026',
  ],
  [
    'want every foreign soldier gone (1)',
    'Kataib Hezbollah wants every foreign soldier gone, not just the Americans.',
    '2025-10-01',
    'factions-demand-full-withdrawal',
  ],
  [
    'want all foreign forces gone (2)',
    'Iran-aligned militias want all foreign forces gone from Iraq.',
    '2025-10-01',
    'factions-demand-full-withdrawal',
  ],
  [
    'a wish to see forces go (1)',
    "Baghdad's wish to see foreign forces go is no secret.",
    '2024-09-20',
    'baghdad-seeks-end-of-presence',
  ],
  [
    'wishes to see troops gone (2)',
    "The Iraqi government has made clear it wishes to see the coalition's troops gone.",
    '2024-09-20',
    'baghdad-seeks-end-of-presence',
  ],
  [
    'a wish to see troops go (3)',
    'Prime Minister al-Sudani has repeated his wish to see foreign troops go.',
    '2024-09-20',
    'baghdad-seeks-end-of-presence',
  ],
  [
    'state control over arsenals (1)',
    'Several factions have agreed to give the state control over their arsenals.',
    '2025-12-20',
    'factions-agree-weapons-to-state',
  ],
  [
    'state control over arsenals (2)',
    'Four militias accepted state control over their arsenals on Sunday.',
    '2025-12-20',
    'factions-agree-weapons-to-state',
  ],
  [
    'government control over guns (3)',
    'The armed factions agreed to hand the government control over their guns.',
    '2025-12-20',
    'factions-agree-weapons-to-state',
  ],
  [
    'before the mission is due to end (1)',
    "The last soldiers will rotate out in spring, before the coalition's mission is due to end in September 2026.",
    '2025-10-09',
    'mission-end-sept-2026',
  ],
  [
    'before the mission is set to end (2)',
    "Commanders plan to close the tents at Harir before the coalition's mission is set to end next September.",
    '2025-10-09',
    'mission-end-sept-2026',
  ],
  [
    'before the mission is scheduled to end (3)',
    'Most of the unit flies home in March, before the mission of the coalition is scheduled to end in September next year.',
    '2025-10-09',
    'mission-end-sept-2026',
  ],
] satisfies WordingCase[]);

describe('civilian staff kept on as advisers are not the coalition advisers', () => {
  it('engineers, technicians or workers staying on as advisers get no card', () => {
    for (const s of [
      "A few dozen of the contractor's technicians will stay on afterwards as advisers to the plant's crews.",
      'Some of its engineers are to remain for a year as consultants to the ministry.',
      'About twenty workers will stay behind as trainers for the new operators.',
    ])
      expect(claimsOf(s, '2024-11-01')).not.toContain('advisers-remain');
  });
});
