import { describe, expect, it } from 'vitest';
import { isOpenStoryRequest } from '../../../entrypoints/background/open-story';

describe('isOpenStoryRequest', () => {
  it('accepts a kebab-case claim id only', () => {
    expect(isOpenStoryRequest({ type: 'claimlight:open-story', claim: 'full-exit-2026' })).toBe(
      true,
    );
    for (const claim of ['', 'javascript:alert(1)', '../popup.html', 'a#b', 42])
      expect(isOpenStoryRequest({ type: 'claimlight:open-story', claim })).toBe(false);
    expect(isOpenStoryRequest({ type: 'claimlight:open', claim: 'x' })).toBe(false);
    expect(isOpenStoryRequest(null)).toBe(false);
  });
});
