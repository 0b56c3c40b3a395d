/**
 * The topic gate's count of the place's names (engine/topic-gate.ts, countAnchorTerms): accents
 * typed as a letter plus a combining mark still count, and a page without such a mark is never
 * normalised whole (a second pass over every off-topic page).
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { countAnchorTerms } from '../../../engine/topic-gate';

const TERMS = ['irbīl', 'العراق', 'iraq'];

describe('countAnchorTerms', () => {
  afterEach(() => vi.restoreAllMocks());

  it('finds a name whose accent was typed as a combining mark', () => {
    expect(countAnchorTerms('Troops left Irbi\u0304l in January.', TERMS, 2)).toBe(1);
  });

  it('finds a name in another script', () => {
    expect(countAnchorTerms('قالت الحكومة في العراق', TERMS, 2)).toBe(1);
  });

  it('does not normalise a text that holds no combining mark', () => {
    const normalize = vi.spyOn(String.prototype, 'normalize');
    expect(countAnchorTerms('A page about the city council and its budget.', TERMS, 2)).toBe(0);
    expect(normalize).not.toHaveBeenCalled();
  });
});
