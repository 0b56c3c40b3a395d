/**
 * Hands a keyboard command (manifest `commands`) to the content script of the tab it was pressed
 * in. Only the top frame gets it: the statements the reader walks are the page's own.
 *
 * Nobody answers on a page that never named the story's place (the content script stays off the
 * extension API there: content/index.ts), on a site Claimlight does not run on, or on a browser
 * page. The reader pressed a key and should hear why nothing moved, so the popup opens instead:
 * it says that the page has no statements, or offers to turn Claimlight on for the site.
 */
import { browser } from '#imports';
import { type CommandRequest, READER_COMMANDS, type ReaderCommand } from '../content/messages';

export async function forwardCommand(command: string, tabId?: number): Promise<void> {
  if (!READER_COMMANDS.includes(command as ReaderCommand)) return;
  const id =
    tabId ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id ?? undefined;
  if (id === undefined) return;
  const request: CommandRequest = { type: 'claimlight:command', command: command as ReaderCommand };
  try {
    await browser.tabs.sendMessage(id, request, { frameId: 0 });
  } catch {
    // Firefox may refuse (it opens a popup only while handling the user's action, which the
    // failed send may have outlived); there the content script listens on every page instead.
    await browser.action.openPopup().catch(() => {});
  }
}
