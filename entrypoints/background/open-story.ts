/**
 * Opens the story view at a claim for a card's "See the whole story" link. A page (and the card
 * inside it) cannot navigate to an extension page that is not web-accessible, and making
 * story.html web-accessible would let any site probe for the extension; so the card asks, and
 * the background opens the tab next to the reader's.
 */
import { browser } from '#imports';
import { storyUrl } from '../shared/story-url';

/** Content script → background: open story.html at `claim`. */
export type OpenStoryRequest = { type: 'claimlight:open-story'; claim: string };

export function isOpenStoryRequest(message: unknown): message is OpenStoryRequest {
  const m = message as Partial<OpenStoryRequest> | null;
  return (
    !!m &&
    m.type === 'claimlight:open-story' &&
    typeof m.claim === 'string' &&
    // Claim ids are kebab-case; nothing else from a page goes into our URL.
    /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(m.claim)
  );
}

/** Opens the story view at `claim`, after the tab the request came from when known. */
export async function openStory(claim: string, fromTab?: { index: number; windowId?: number }) {
  await browser.tabs.create({
    url: storyUrl(claim),
    ...(fromTab && { index: fromTab.index + 1, windowId: fromTab.windowId }),
  });
}
