/**
 * Addresses of the story view: `story.html#claim=<id>` opens it at one claim. The card's
 * "See the whole story" link uses storyUrl(); story/App.tsx reads the hash back.
 */
import { browser } from '#imports';

/** The story view, scrolled to `claimId` when given. */
export function storyUrl(claimId?: string): string {
  const page = browser.runtime.getURL('/story.html');
  return claimId ? `${page}#claim=${encodeURIComponent(claimId)}` : page;
}

/** The claim id in a `#claim=<id>` hash, or undefined. */
export function claimFromHash(hash: string): string | undefined {
  const value = new URLSearchParams(hash.replace(/^#/, '')).get('claim');
  return value?.trim() || undefined;
}
