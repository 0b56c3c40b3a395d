/**
 * Close claims told apart, taught to the data after the blind bank bank-neighbours.jsonl: each
 * reading pinned by a sentence we wrote, not one of the bank's, and the neighbour it must not card.
 */
import { describe, it } from 'vitest';
import { describeWordings, expectNotCarded, type WordingCase } from './story-sentence';

const cases: WordingCase[] = [
  [
    'a stage named as "the first of" the stages, with its date',
    'The pull-out from Iraq runs in two phases, the first due in September 2025 as troops quit Baghdad.',
    '2025-06-20',
    'first-phase-sept-2025',
  ],
  [
    '"by year\'s end" as the end of the page\'s year',
    'Every coalition soldier in Iraq will be gone by year’s end, the Kurdish outlet reported.',
    '2025-05-02',
    'full-exit-end-2025',
  ],
  [
    'ties "rooted in" the framework agreement',
    'Once the coalition is gone, Iraq’s security ties with Washington will be rooted in the Strategic Framework Agreement.',
    '2025-03-03',
    'framework-agreement-governs-ties',
  ],
];

describeWordings('the neighbour’s side, read', cases);

describe('the neighbour left uncarded', () => {
  it('the first of two stages is not the whole two-stage timetable', () => {
    expectNotCarded(
      'The pull-out from Iraq runs in two phases, the first of which wraps up this month.',
      '2025-09-05',
      'two-year-timetable',
    );
  });
  it('another country’s pull-out ahead of its plan', () => {
    expectNotCarded(
      'Paris finished withdrawing its soldiers from Chad weeks earlier than planned, near Iraq’s own drawdown.',
      '2025-02-01',
      'pullout-ahead-of-schedule',
    );
  });
});
