/**
 * The toolbar badge: how many statements Claimlight found on the page in this tab, so a reader
 * sees at a glance that an article has some before scrolling to them. Per tab; the browser
 * clears it when the tab loads a new page. MV3's `action` in both browsers; `browserAction`
 * where only that exists.
 */
import { browser } from '#imports';

type BadgeApi = {
  setBadgeText(details: { tabId: number; text: string }): Promise<void>;
  getBadgeText(details: { tabId: number }): Promise<string>;
  setBadgeBackgroundColor(details: { tabId: number; color: string }): Promise<void>;
};

function badge(): BadgeApi | undefined {
  const api = browser as unknown as { action?: BadgeApi; browserAction?: BadgeApi };
  return api.action ?? api.browserAction;
}

/** Dark slate: readable white text, and not one of the verdict colours. */
const BADGE_COLOUR = '#334155';

/** What the badge shows for a count: nothing for none, at most three digits. */
const badgeText = (count: number) => (count > 0 ? String(Math.min(count, 999)) : '');

/**
 * Counts per tab and frame: an article a site renders in a same-origin iframe is counted with
 * the page around it. Kept in memory only; after the service worker restarts, the next report
 * starts the sum afresh.
 *
 * A new page in the tab must start from nothing, and the browser says when one loads: it empties
 * the tab's own badge text itself (Chrome and Firefox both reset per-tab badge text when the tab
 * navigates). So a badge that no longer shows the total we set means the counts belong to a page
 * that is gone. This is why the background needs no tabs.onUpdated listener, which would wake
 * it on every page load in every tab.
 */
const frameCounts = new Map<number, Map<number, number>>();
/** One update at a time per tab: each reads the badge, then sets it. */
const pending = new Map<number, Promise<void>>();

/** Records one frame's count and shows the tab's total. */
export function showFrameCount(tabId: number, frameId: number, count: number): Promise<void> {
  const update = (pending.get(tabId) ?? Promise.resolve()).then(() =>
    updateFrameCount(tabId, frameId, count),
  );
  const settled = update.catch(() => {});
  pending.set(tabId, settled);
  void settled.then(() => {
    if (pending.get(tabId) === settled) pending.delete(tabId);
  });
  return update;
}

async function updateFrameCount(tabId: number, frameId: number, count: number): Promise<void> {
  const api = badge();
  if (!api) return;
  let frames = frameCounts.get(tabId);
  if (frames && (await api.getBadgeText({ tabId })) !== badgeText(total(frames)))
    frames = undefined;
  frames ??= new Map<number, number>();
  frameCounts.set(tabId, frames);
  frames.set(frameId, count);
  const sum = total(frames);
  await api.setBadgeText({ tabId, text: badgeText(sum) });
  if (sum > 0) await api.setBadgeBackgroundColor({ tabId, color: BADGE_COLOUR });
}

function total(frames: Map<number, number>): number {
  let sum = 0;
  for (const n of frames.values()) sum += n;
  return sum;
}
