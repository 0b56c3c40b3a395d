/**
 * Background: wiring only. Matches the pages' articles for their content scripts
 * (match-service.ts), turns sites on and off for the popup (which cannot keep running to finish
 * the work), and restores the reader's sites at startup.
 */
import { browser, defineBackground } from '#imports';
import { isCardViewRequest } from '../content/match-port';
import { isCountReport, isSiteRequest, type SiteResponse } from '../content/messages';
import { showFrameCount } from './badge';
import { forwardCommand } from './forward-command';
import { cardView, serveMatching } from './match-service';
import { isOpenStoryRequest, openStory } from './open-story';
import { disableSite, enableSite, normalizeOrigin, restoreSites } from './site-scripts';

export default defineBackground(() => {
  const restore = () =>
    restoreSites().catch((error) => console.warn('[claimlight] restore failed', error));
  browser.runtime.onStartup.addListener(restore);
  browser.runtime.onInstalled.addListener(restore);
  browser.permissions.onRemoved.addListener(restore);
  // No tabs.onUpdated listener: it would wake the background on every page load in every
  // tab. The browser clears a tab's badge on its own when the tab loads a new page (badge.ts).

  serveMatching();

  // The reader's shortcuts (next / previous statement, show or hide highlights) act in the page.
  browser.commands.onCommand.addListener((command, tab) => {
    forwardCommand(command, tab?.id).catch(() => {});
  });

  browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
    // A page's count goes on that page's tab only (its frames' counts added up); nothing else
    // is taken from the page.
    if (isCountReport(message)) {
      if (sender.tab?.id !== undefined && sender.frameId !== undefined)
        showFrameCount(sender.tab.id, sender.frameId, message.count).catch(() => {});
      return false;
    }
    // A card's "See the whole story": only a claim id is taken from the page.
    if (isOpenStoryRequest(message)) {
      openStory(message.claim, sender.tab).catch(() => {});
      return false;
    }
    // An open card's sources: only a claim id and a value are taken from the page.
    if (isCardViewRequest(message)) {
      try {
        sendResponse(cardView(message));
      } catch (error) {
        console.warn('[claimlight] card view failed', error);
        sendResponse(null);
      }
      return false;
    }
    // Only our own popup may change sites; content scripts run on pages we do not trust.
    if (!isSiteRequest(message) || sender.tab) return false;
    const origin = normalizeOrigin(message.origin);
    const reply = (response: SiteResponse) => sendResponse(response);
    if (!origin) {
      reply({ ok: false, error: 'not an http(s) origin' });
      return false;
    }
    const work =
      message.type === 'claimlight:enable-site' ? enableSite(origin) : disableSite(origin);
    work.then(
      () => reply({ ok: true }),
      (error: unknown) => reply({ ok: false, error: String(error) }),
    );
    return true;
  });
});
