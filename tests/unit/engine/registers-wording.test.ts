/**
 * Common press wording from the registers bank-fresh-f.jsonl was written in (officials'
 * jargon, headlines, translated agency English), taught to the vocabulary and the claims'
 * exclusions: each phrasing pinned by a sentence we wrote, not one of the bank's, and the near
 * misses it must leave alone.
 */
import { describe, it } from 'vitest';
import { describeWordings, expectNotCarded, type WordingCase } from './story-sentence';

const cases: WordingCase[] = [
  [
    'a plan agreed "pending ratification"',
    'The exit timetable is settled, pending ratification by both governments.',
    '2024-09-10',
    'plan-awaits-final-approval',
  ],
  [
    'a plan that lacks "a final thumbs-up"',
    'The withdrawal plan is done and only lacks a final thumbs-up from both capitals.',
    '2024-09-10',
    'plan-awaits-final-approval',
  ],
  [
    'a mission "set to sunset" on a date',
    "The coalition's mission in Iraq is set to sunset in September 2026, officials said.",
    '2025-11-03',
    'mission-end-sept-2026',
  ],
  [
    'a verbless headline: troops "home from" a place',
    'German And French Troops Home From Erbil As Iran Fears Grow',
    '2026-02-20',
    'partners-leave-erbil-feb-2026',
  ],
];

describeWordings('the press words for approval, the mission’s end and the way home', cases);

describe('the near misses stay uncarded', () => {
  it('the mission over "Kurdistan included" is not the federal mission completed', () => {
    expectNotCarded(
      "By next autumn the coalition's mission in Iraq, the Kurdistan Region included, will be over.",
      '2025-12-01',
      'federal-mission-completed',
    );
    expectNotCarded(
      "The coalition's mission in Iraq, Erbil included, is over, the minister said.",
      '2026-10-02',
      'federal-mission-completed',
    );
  });
  it('a plan only "pending" talks awaits no final approval', () => {
    expectNotCarded(
      'Pending further talks, the two governments have agreed nothing on the exit timetable.',
      '2024-03-10',
      'plan-awaits-final-approval',
    );
  });
});
