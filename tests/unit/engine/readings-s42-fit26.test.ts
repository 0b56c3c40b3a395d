/**
 * Readings added while fitting blind-26 (session 42, fit26), each pinned by sentences we wrote:
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

  it('a pull-out due "within days" still is a plan with a date near the page', () => {
    expect(
      claimsOf(
        'Coalition troops will leave Ain al-Asad within days, officials said.',
        '2025-09-02',
      ),
    ).not.toContain('parliament-vote-2020');
  });
});
