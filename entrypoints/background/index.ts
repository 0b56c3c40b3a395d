/**
 * Background: wiring only. Turns sites on and off for the popup (which cannot keep running to
 * finish the work), and restores the reader's sites at startup.
 */
import { loadStory } from 'virtual:claimlight-story';
import { browser, defineBackground } from '#imports';
import { isSiteRequest, isStoryRequest, type SiteResponse } from '../content/messages';
import { disableSite, enableSite, normalizeOrigin, restoreSites } from './site-scripts';

export default defineBackground(() => {
  const restore = () =>
    restoreSites().catch((error) => console.warn('[claimlight] restore failed', error));
  browser.runtime.onStartup.addListener(restore);
  browser.runtime.onInstalled.addListener(restore);
  browser.permissions.onRemoved.addListener(restore);

  browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
    // The compiled story is the extension's own public data: any of our content scripts may ask.
    if (isStoryRequest(message)) {
      sendResponse(loadStory());
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
