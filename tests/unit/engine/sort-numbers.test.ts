import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sortNumbers } from '../../../engine/sort-numbers';

describe('sortNumbers', () => {
  it('sorts in place, ascending, as Array.prototype.sort with a numeric comparator does', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -1000, max: 1000 })), (list) => {
        const expected = [...list].sort((a, b) => a - b);
        const sorted = sortNumbers(list);
        expect(sorted).toBe(list);
        expect(sorted).toEqual(expected);
      }),
    );
  });

  it('leaves empty and one-element lists as they are', () => {
    expect(sortNumbers([])).toEqual([]);
    expect(sortNumbers([7])).toEqual([7]);
  });
});
