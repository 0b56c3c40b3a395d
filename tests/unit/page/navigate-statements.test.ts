import { describe, expect, it } from 'vitest';
import { stepStatement } from '../../../page/navigate-statements';

// Tops of five statements: two scrolled past, one on screen, two below (viewport 900 high).
const tops = [-800, -40, 300, 1200, 2400];

describe('stepStatement', () => {
  it('starts where the reader is: next is the first at or below the top, previous the last above the bottom', () => {
    expect(stepStatement(tops, null, 'next', 900)).toBe(2);
    expect(stepStatement(tops, null, 'previous', 900)).toBe(2);
    expect(stepStatement([-900, -100], null, 'next', 900)).toBe(0);
    expect(stepStatement([1000, 2000], null, 'previous', 900)).toBe(1);
  });

  it('steps from the current statement and wraps at both ends', () => {
    expect(stepStatement(tops, 2, 'next', 900)).toBe(3);
    expect(stepStatement(tops, 2, 'previous', 900)).toBe(1);
    expect(stepStatement(tops, 4, 'next', 900)).toBe(0);
    expect(stepStatement(tops, 0, 'previous', 900)).toBe(4);
  });

  it('treats a stale current index (the page re-scanned to fewer statements) as none', () => {
    expect(stepStatement(tops, 9, 'next', 900)).toBe(2);
  });

  it('has nowhere to go on a page without statements', () => {
    expect(stepStatement([], null, 'next', 900)).toBe(-1);
    expect(stepStatement([], 3, 'previous', 900)).toBe(-1);
  });
});
