import { describe, expect, it } from 'vitest';
import { claimFromHash, storyUrl } from '../../../entrypoints/shared/story-url';

describe('story deep links', () => {
  it('points at story.html with the claim in the hash, and reads it back', () => {
    const url = storyUrl('full-exit-2026');
    expect(url).toMatch(/\/story\.html#claim=full-exit-2026$/);
    expect(claimFromHash(new URL(url).hash)).toBe('full-exit-2026');
  });

  it('has no hash without a claim, and reads no claim from other hashes', () => {
    expect(storyUrl()).toMatch(/\/story\.html$/);
    expect(claimFromHash('')).toBeUndefined();
    expect(claimFromHash('#question-agreement')).toBeUndefined();
    expect(claimFromHash('#claim=')).toBeUndefined();
  });
});
