/**
 * Spans, staff and sums, each pinned by sentences we wrote (readings added while fitting
 * articles-blind-26, session 42):
 * a span counted from a past event ("answered within days") is no plan and no date near the
 * page; a company's own staff leaving is not the coalition's exit; a sum spread "over two years"
 * is not the withdrawal's timetable; "Victory" beside the capital's airport names that base.
 */
import { describe, expect, it } from 'vitest';
import { claimsOf, describeWordings, type WordingCase } from './story-sentence';

const cases: WordingCase[] = [
  [
    'a vote "within days" of a past event, after "he said"',
    'He said lawmakers had replied to the killing within days by voting that all foreign troops must go home.',
    '2025-09-06',
    'parliament-vote-2020',
  ],
  [
    'a vote "within days", in the past tense',
    'The parliament responded within days, voting to expel the foreign forces.',
    '2024-02-10',
    'parliament-vote-2020',
  ],
  [
    'three bases named with "Victory" beside the capital\'s airport',
    "Ain al-Asad was one of three places US troops were based, along with Victory, near Baghdad's airport, and Harir in the north.",
    '2026-02-01',
    'us-forces-at-three-bases',
  ],
  [
    'a base passing "into the hands of" the Iraqi army',
    "On 17 January 2026 the Ain al-Asad air base passed into the hands of Iraq's soldiers.",
    '2026-02-15',
    'ain-al-asad-handed-over-jan-2026',
  ],
  [
    'soldiers "still inside" a base for its stores',
    'Some American troops are still inside the base to look after equipment and stores, an officer said.',
    '2026-01-28',
    'us-soldiers-stay-for-logistics',
  ],
  [
    'a pull-out that "does not go far enough", said by militias',
    'The militias say the pull-out does not go far enough.',
    '2025-08-30',
    'factions-demand-full-withdrawal',
  ],
  [
    'a pull-out that "doesn\'t go far enough", said by factions',
    "Iran-aligned factions say the drawdown doesn't go far enough and want every soldier out.",
    '2025-08-30',
    'factions-demand-full-withdrawal',
  ],
  [
    'the group losing "the last of its ground"',
    'Islamic State lost the last of its ground in 2019, in eastern Syria.',
    '2025-06-01',
    'isis-territorially-defeated-2019',
  ],
  [
    'the group losing "its last town"',
    'Islamic State lost its last town in March 2019.',
    '2025-06-01',
    'isis-territorially-defeated-2019',
  ],
  [
    'a departure "long awaited", in the government\'s words',
    "The prime minister's office hailed the departure of US troops as long awaited.",
    '2025-08-28',
    'government-hails-drawdown',
  ],
  [
    'a departure Iraqis "waited a long time for"',
    "A government spokesman called the troops' departure something Iraqis had waited a long time for.",
    '2025-08-28',
    'government-hails-drawdown',
  ],
  [
    'a plan lacking only a "final yes"',
    'The plan is done, officials say; it lacks only a final yes from the two governments.',
    '2024-09-10',
    'plan-awaits-final-approval',
  ],
  [
    'the last troops "due home" before a date',
    'The last American troops in Erbil are due home by September 2026.',
    '2026-03-01',
    'full-exit-2026',
  ],
  [
    'the number of US troops to "drop below" two thousand',
    'US officials said the number of American troops in Iraq would drop below 2,000, most of them in the Kurdistan Region.',
    '2025-10-02',
    'us-troops-fewer-than-2000',
  ],
  [
    'a region that "cannot yet do without" the coalition',
    "The Kurdish region's leader said Iraq could not yet do without the coalition against the jihadists.",
    '2025-10-02',
    'kurdistan-still-needs-coalition',
  ],
  [
    'troops "still there in twenty years\' time"',
    "The American soldiers will still be in Iraq in twenty years' time, the columnist predicts.",
    '2024-09-27',
    'presence-continues',
  ],
  [
    '"applause" from Tehran for the handover',
    'The handover of Ain al-Asad drew warm applause in Tehran, where officials spoke of a victory.',
    '2026-01-26',
    'iran-welcomes-ain-al-asad-exit',
  ],
  [
    'a warning as an order and its outcome ("go too soon and …"), handing the group a second chance',
    "'Pull out too soon and you give Islamic State a second chance,' the senator warned of the US withdrawal.",
    '2024-10-15',
    'withdrawal-could-embolden-isis-iran',
  ],
  [
    'the group that "gets room to" rebuild if the troops go',
    'Take the American troops out of Iraq and Islamic State gets room to rebuild, the general said.',
    '2026-03-29',
    'withdrawal-could-embolden-isis-iran',
  ],
  [
    'security "deals with each" coalition country, in place of the coalition',
    'Baghdad wants to move to deals with each coalition country instead of the alliance.',
    '2025-10-02',
    'bilateral-transition',
  ],
];

describeWordings('readings added for blind-26', cases);

describe("near misses of blind-26's readings stay uncarded", () => {
  it("a contractor's staff leaving in phases by a date is not the coalition's exit", () => {
    expect(
      claimsOf(
        "Under the contract, the company's staff will withdraw in two phases, the last leaving by the end of 2025.",
        '2024-11-20',
      ),
    ).toEqual([]);
  });

  it('money saved "over two years" is not the withdrawal\'s two-year timetable', () => {
    expect(
      claimsOf(
        'Bringing the troops home from Iraq could save some five hundred million dollars over two years, auditors estimated.',
        '2024-10-15',
      ),
    ).not.toContain('two-year-timetable');
  });

  it('other bodies losing their last town, or a deal that goes far enough, are no claim of ours', () => {
    expect(
      claimsOf('The rebels lost their last town to the army in 2019.', '2025-06-01'),
    ).not.toContain('isis-territorially-defeated-2019');
    expect(
      claimsOf(
        'The militias say the budget does not go far enough for their fighters.',
        '2025-08-30',
      ),
    ).not.toContain('factions-demand-full-withdrawal');
    expect(
      claimsOf('The port passed into the hands of a Gulf operator in 2026.', '2026-02-15'),
    ).toEqual([]);
  });

  it('trade deals with each country, or an order and its outcome about nothing of ours, are no claim', () => {
    expect(
      claimsOf(
        'Baghdad wants oil and trade deals with each Gulf country on its own.',
        '2025-10-02',
      ),
    ).not.toContain('bilateral-transition');
    expect(
      claimsOf('Leave too early and you wait an hour for the next ferry in Basra.', '2025-10-02'),
    ).toEqual([]);
  });

  it('a pull-out due "within days" still is a plan with a date near the page', () => {
    expect(
      claimsOf(
        'Coalition troops will leave Ain al-Asad within days, officials said.',
        '2025-09-02',
      ),
    ).not.toContain('parliament-vote-2020');
  });
});
