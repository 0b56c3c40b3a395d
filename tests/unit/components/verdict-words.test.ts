import { describe, expect, it } from 'vitest';
import { ENGLISH } from '../../../components/SourceItem';
import { stepWords, tallyLine } from '../../../components/verdict-words';
import { summaryOf } from '../../../engine/build-verdict';
import { STEP_WORDS } from '../../../engine/plan-outcome';
import type { PlanOutcome, SourceView } from '../../../engine/types';
import { t } from './translate';

const sources = (n: number) => Array.from({ length: n }, () => ({}) as SourceView);

describe('tallyLine', () => {
  // The UI words the verdict line now; until every caller uses it, it must say what the engine says.
  it.each([
    [1, 0, 1, 0],
    [2, 0, 1, 0],
    [3, 0, 1, 0],
    [3, 0, 2, 0],
    [0, 1, 0, 1],
    [1, 4, 1, 2],
    [2, 2, 2, 1],
    [5, 3, 5, 3],
  ])('%i for (%i origins) and %i against (%i origins)', (pro, con, proOrigins, conOrigins) => {
    const origins = { corroborating: proOrigins, contradicting: conOrigins };
    expect(
      tallyLine({ corroborating: sources(pro), contradicting: sources(con), origins }, t),
    ).toBe(summaryOf(pro, con, origins));
  });
});

describe('SourceItem ENGLISH', () => {
  it.each([
    'sourceDisagreement',
    'sourceAccordingTo',
    'sourceVia',
    'sourceLink',
    'sourceLinkContext',
  ])('%s says what messages.json says', (key) => {
    expect(ENGLISH(key, ['X', 'Y', 'Z'])).toBe(t(key, ['X', 'Y', 'Z']));
  });
});

describe('stepWords', () => {
  // The card's words for one event beside a plan and the CLI's and ClaimReview's are one set:
  // the extension reads them from messages.json, the CLI from the engine's table.
  it.each(Object.entries(STEP_WORDS))(
    '%s: the message says what the CLI says',
    (outcome, words) => {
      expect(stepWords(outcome as PlanOutcome, t)).toBe(words);
    },
  );

  it('an event that breaks a plan says what it shows about the plan, not a bare "not done"', () => {
    // Beside "the ferry finally left the old pier", a bare "not done" reads as a contradiction.
    expect(stepWords('not-done', t)).toBe('shows it was still not done');
  });
});
