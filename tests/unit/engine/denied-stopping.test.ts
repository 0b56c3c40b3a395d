/**
 * Session 38 (fit19): a denial that a plan was stopped ("rejected reports that the board had
 * shelved its plan to …") denies the stopping, so the act the plan names stands; the denial
 * reaches as far as the word of stopping and no further.
 */
import { describe, expect, it } from 'vitest';
import { claimsOf } from './story-sentence';

describe('a denial of a word of stopping', () => {
  it('does not deny the act a frozen plan names', () => {
    const claims = claimsOf(
      'The cabinet on Monday dismissed claims that Washington had suspended its plans to move its soldiers out of Iraq, saying the agreed schedule was unchanged.',
      '2025-03-20',
    );
    expect(claims).not.toContain('withdrawal-never-discussed');
    expect(claims).not.toContain('announcement-delayed');
  });

  it('still denies an act named with no word of stopping before it', () => {
    expect(
      claimsOf(
        'The spokesman denied that Washington and Baghdad had ever discussed a withdrawal of American troops.',
        '2024-08-20',
      ),
    ).toContain('withdrawal-never-discussed');
  });
});
