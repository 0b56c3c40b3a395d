/**
 * "The spokesman said X would happen and repeated that Y had happened": a second report of the
 * same speaker, opened by "and" with a verb of saying and "that", is a statement of its own; an
 * exclusion only in the first report ("would") does not undo it (recognize.ts,
 * reportedAgainAfter). Session 44, fit29, for an articles-blind-29 miss; wordings our own.
 */
import { describe, expect, it } from 'vitest';
import { claimsOf, describeWordings, type WordingCase } from './story-sentence';

describeWordings('a second report after "and repeated that" states its own claim', [
  [
    'and repeated that',
    'The spokesman said Baghdad would not take sides and repeated that the coalition had completed its mission in federal Iraq.',
    '2026-03-17',
    'federal-mission-completed',
  ],
  [
    'and added that',
    "An adviser to the prime minister said talks would continue and added that the coalition's work in federal Iraq was done.",
    '2026-03-17',
    'federal-mission-completed',
  ],
  [
    'and insisted that',
    'The minister said Iraq would defend its own airspace and insisted that the coalition had finished its work in federal Iraq.',
    '2026-03-17',
    'federal-mission-completed',
  ],
] satisfies WordingCase[]);

describe('a future in the same report still excludes', () => {
  it('"would finish its work next month" is no completed mission', () => {
    expect(
      claimsOf(
        'The spokesman said the coalition would finish its work in federal Iraq next month.',
        '2026-03-17',
      ),
    ).not.toContain('federal-mission-completed');
  });
});
