import { describe, expect, it } from 'vitest';
import { sameInClaim } from '../../../engine/carry-same-word';

describe('sameInClaim', () => {
  const require = [
    ['old-pier', 'the-depot'],
    ['handover', 'depart'],
    ['crews', 'harbour-board'],
  ];

  it('a concept is itself, and two of one group are the same to the claim', () => {
    expect(sameInClaim(require, 'handover', 'handover')).toBe(true);
    expect(sameInClaim(require, 'depart', 'handover')).toBe(true);
  });

  it('concepts of different groups, or one the claim does not name, are not', () => {
    expect(sameInClaim(require, 'old-pier', 'handover')).toBe(false);
    expect(sameInClaim(require, 'closure', 'handover')).toBe(false);
  });
});
