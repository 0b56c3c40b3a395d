import { describe, expect, it } from 'vitest';
import { ENGLISH } from '../../../components/SourceItem';
import { tallyLine } from '../../../components/verdict-words';
import { summaryOf } from '../../../engine/build-verdict';
import type { SourceView } from '../../../engine/types';
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
