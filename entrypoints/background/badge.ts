/**
 * The toolbar badge: how many statements Claimlight found on the page in this tab, so a reader
 * sees at a glance that an article has some before scrolling to them. Per tab, cleared when the
 * tab loads a new page. MV3's `action` in both browsers; `browserAction` where only that exists.
 */
import { browser } from '#imports';

type BadgeApi = {
  setBadgeText(details: { tabId: number; text: string }): Promise<void>;
  setBadgeBackgroundColor(details: { tabId: number; color: string }): Promise<void>;
};

function badge(): BadgeApi | undefined {
  const api = browser as unknown as { action?: BadgeApi; browserAction?: BadgeApi };
  return api.action ?? api.browserAction;
}

/** Dark slate: readable white text, and not one of the verdict colours. */
const BADGE_COLOUR = '#334155';

export async function showCount(tabId: number, count: number): Promise<void> {
  const api = badge();
  if (!api) return;
  await api.setBadgeText({ tabId, text: count > 0 ? String(Math.min(count, 999)) : '' });
  if (count > 0) await api.setBadgeBackgroundColor({ tabId, color: BADGE_COLOUR });
}

/**
 * Counts per tab and frame: an article a site renders in a same-origin iframe is counted with
 * the page around it. Kept in memory only; after the service worker restarts, the next report
 * starts the sum afresh.
 */
const frameCounts = new Map<number, Map<number, number>>();

/** Records one frame's count and shows the tab's total. */
export async function showFrameCount(tabId: number, frameId: number, count: number): Promise<void> {
  const frames = frameCounts.get(tabId) ?? new Map<number, number>();
  frameCounts.set(tabId, frames);
  frames.set(frameId, count);
  let total = 0;
  for (const n of frames.values()) total += n;
  await showCount(tabId, total);
}

export async function clearBadge(tabId: number): Promise<void> {
  frameCounts.delete(tabId);
  await badge()?.setBadgeText({ tabId, text: '' });
}
