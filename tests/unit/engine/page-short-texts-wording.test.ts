/**
 * The short texts of a news page (headlines, kickers, decks, captions, tickers, bullets, pull
 * quotes) and the phrasings the vocabulary (data/vocabulary.json) reads in them: each pinned by a
 * sentence we wrote, and near misses it must leave alone. (Taught after the blind bank
 * bank-fresh-l.jsonl; none of its sentences is used here.)
 */
import { describe, it } from 'vitest';
import { describeWordings, expectNotCarded, type WordingCase } from './story-sentence';

const cases: WordingCase[] = [
  [
    'militias that "called the drawdown symbolic"',
    'Iraqi militias called the US drawdown symbolic and vowed to keep up the pressure.',
    '2025-09-05',
    'factions-demand-full-withdrawal',
  ],
  [
    '"nothing short of all foreign troops" leaving',
    'Iraqi militia leaders say nothing short of all foreign troops leaving the country will satisfy them.',
    '2025-09-05',
    'factions-demand-full-withdrawal',
  ],
  [
    'factions that "want every foreign soldier out"',
    'Iraqi factions want every foreign soldier out, a spokesman for the groups said.',
    '2025-09-05',
    'factions-demand-full-withdrawal',
  ],
  [
    'a drawdown "not the end of its role"',
    'The Pentagon says the Iraq drawdown is not the end of its role there.',
    '2025-09-30',
    'us-calls-it-transition',
  ],
  [
    'forces "not exiting" but changing shape',
    'US officials insist American forces are not exiting Iraq but changing shape.',
    '2024-10-01',
    'us-calls-it-transition',
  ],
  [
    '"transition" as Washington\'s euphemism',
    "Washington's favourite euphemism for the Iraq drawdown is 'transition'.",
    '2024-10-01',
    'us-calls-it-transition',
  ],
  [
    'a deal "done bar the signatures"',
    'The withdrawal agreement is done bar the signatures, officials in Baghdad say.',
    '2024-10-20',
    'plan-awaits-final-approval',
  ],
  [
    'a plan "all but signed"',
    'The US-Iraq withdrawal plan is all but signed, diplomats said.',
    '2024-10-20',
    'plan-awaits-final-approval',
  ],
  [
    '"neither government has given it final approval"',
    'The withdrawal deal is ready, but neither government has given it final approval.',
    '2024-10-20',
    'plan-awaits-final-approval',
  ],
  [
    'a plan "awaiting sign-off"',
    'The exit plan for US troops in Iraq is awaiting sign-off from both governments.',
    '2024-10-20',
    'plan-awaits-final-approval',
  ],
  [
    'a deal that needs "a final signature from each capital"',
    'The Iraq withdrawal deal still needs a final signature from each capital.',
    '2024-10-20',
    'plan-awaits-final-approval',
  ],
  [
    'officials who "have shaken hands on" a timetable',
    'Iraqi and US officials have shaken hands on a timetable for the coalition to leave.',
    '2024-09-28',
    'agreement-reached',
  ],
  [
    'a timetable "both capitals can live with"',
    'Negotiators produced a withdrawal timetable both capitals can live with.',
    '2024-09-28',
    'agreement-reached',
  ],
  [
    'capitals that "agreed how and when" the troops leave',
    'Baghdad and Washington have agreed how and when the US troops leave.',
    '2024-09-28',
    'agreement-reached',
  ],
  [
    'soldiers who "pack their bags" by the first deadline',
    'Hundreds of coalition soldiers will pack their bags at Ain al-Asad by September 2025.',
    '2024-10-01',
    'first-phase-sept-2025',
  ],
  [
    'bases "cleared of" coalition troops',
    "Baghdad's bases are to be cleared of coalition troops by September 2025.",
    '2024-10-01',
    'first-phase-sept-2025',
  ],
  [
    '"the last coalition troops go"',
    'The last coalition troops go from Iraq in 2026.',
    '2025-06-01',
    'full-exit-2026',
  ],
  [
    'a mandate that "will lapse"',
    "The coalition's mandate in Iraq will lapse in September 2026.",
    '2025-03-01',
    'mission-end-sept-2026',
  ],
  [
    '"the lights go out on" a mission',
    'The lights go out on the coalition mission in Iraq in September 2026.',
    '2025-03-01',
    'mission-end-sept-2026',
  ],
  [
    'a headline\'s "Mission Accomplished"',
    'Federal Iraq Mission Accomplished, Says Coalition',
    '2026-01-05',
    'federal-mission-completed',
  ],
  [
    'a headline\'s "wraps" with no "up"',
    'Coalition Wraps Its Federal Iraq Mission',
    '2026-01-05',
    'federal-mission-completed',
  ],
  [
    '"Done In Federal Iraq"',
    'US Advisers Done In Federal Iraq',
    '2026-01-05',
    'federal-mission-completed',
  ],
  [
    'a footprint outside Kurdistan "down to zero"',
    'The US footprint outside Kurdistan is down to zero.',
    '2026-01-05',
    'federal-mission-completed',
  ],
  [
    'advisers who "left Baghdad\'s" headquarters',
    "The last coalition advisers left Baghdad's military headquarters in December.",
    '2026-01-05',
    'federal-mission-completed',
  ],
  [
    'a "rump" force kept in the Kurdish capital',
    'The Kurdish capital hosts a rump coalition force for roughly another year, for the Syria campaign.',
    '2024-10-01',
    'erbil-stays-for-syria',
  ],
  [
    'troops that "now call" Erbil "home"',
    'The US troops from Anbar now call Erbil home.',
    '2025-10-01',
    'coalition-relocated-to-kurdistan',
  ],
  [
    'a presence that "shifts north"',
    'Iraq: US Troop Presence Shifts North, Erbil Gains',
    '2025-10-01',
    'coalition-relocated-to-kurdistan',
  ],
  [
    '"Allies Quit" a base in a headline',
    'Allies Quit Erbil Base, Citing Security',
    '2026-02-20',
    'partners-leave-erbil-feb-2026',
  ],
  [
    'Guards that "take aim at" an outpost',
    "Iran's Guards take aim at the US outpost in Iraqi Kurdistan.",
    '2026-03-05',
    'iran-strikes-us-base-harir-2026',
  ],
  [
    '"Tehran takes aim at" a base in a headline',
    'Tehran Takes Aim At US Base In Kurdistan',
    '2026-03-05',
    'iran-strikes-us-base-harir-2026',
  ],
  [
    'soldiers who "unload" their gear at a base in the north',
    'US soldiers from Baghdad unload their gear at Erbil air base.',
    '2025-09-10',
    'coalition-relocated-to-kurdistan',
  ],
  [
    'a threat that "hasn\'t gone away"',
    "Iraq's army warns the Islamic State threat hasn't gone away.",
    '2026-02-01',
    'isis-still-threat',
  ],
  [
    'attacks "far from zero"',
    'Islamic State attacks in Iraq are down, but far from zero.',
    '2026-02-01',
    'isis-still-threat',
  ],
  [
    'a count "sub-2,000"',
    'US troop levels in Iraq: sub-2,000 after the drawdown',
    '2025-10-15',
    'us-troops-fewer-than-2000',
  ],
];

describeWordings("a page's short texts", cases);

describe("a page's short texts: near misses left alone", () => {
  it('the "full withdrawal" of a law is no demand that troops leave', () => {
    expectNotCarded(
      'Militia-backed lawmakers demanded the full withdrawal of the new electoral law.',
      '2025-09-05',
      'factions-demand-full-withdrawal',
    );
  });
  it('a plan to build a metro awaiting approval is not the withdrawal plan', () => {
    expectNotCarded(
      'A plan to build a metro in Baghdad awaits final approval from the cabinet.',
      '2024-10-20',
      'plan-awaits-final-approval',
    );
  });
  it('the last warship of another navy leaving is not the coalition leaving', () => {
    expectNotCarded(
      'The last French warship leaves the Gulf port in 2026.',
      '2025-06-01',
      'full-exit-2026',
    );
  });
  it("a census's first phase is not the drawdown's", () => {
    expectNotCarded(
      'The first phase of the Iraqi census ended in September 2025.',
      '2025-10-01',
      'first-phase-sept-2025',
    );
  });
});
