/**
 * A comparison clause keeps its own date (engine/comparison-clause.ts; used by recognize.ts so
 * "later than the council had indicated in May" does not date the main clause with May).
 */
import { describe, expect, it } from 'vitest';
import { comparisonClause } from '../../../engine/comparison-clause';
import { tokenize } from '../../../engine/tokenize';

describe('comparisonClause', () => {
  it('finds "than" opening a clause with its own verb', () => {
    const tokens = tokenize('The pier closed a week later than the council had indicated in May.');
    expect(tokens[comparisonClause(tokens, 0)]?.norm).toBe('than');
    const expected = tokenize('The last ferry left sooner than expected in March.');
    expect(comparisonClause(expected, 0)).toBeGreaterThan(0);
  });

  it('not "than" before a figure or a noun, nor before `from`', () => {
    expect(comparisonClause(tokenize('Fewer than 200 crews stay at the pier in May.'), 0)).toBe(-1);
    expect(comparisonClause(tokenize('More boats than crews left Portsea in May.'), 0)).toBe(-1);
    const tokens = tokenize('Later than the council had said, the pier closed in May.');
    expect(comparisonClause(tokens, 3)).toBe(-1);
  });
});
