/**
 * Hands a keyboard command (manifest `commands`) to the content script of the tab it was pressed
 * in. Only the top frame gets it: the statements the reader walks are the page's own.
 */
import { browser } from '#imports';
import { type CommandRequest, READER_COMMANDS, type ReaderCommand } from '../content/messages';

export async function forwardCommand(command: string, tabId?: number): Promise<void> {
  if (!READER_COMMANDS.includes(command as ReaderCommand)) return;
  const id =
    tabId ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id ?? undefined;
  if (id === undefined) return;
  const request: CommandRequest = { type: 'claimlight:command', command: command as ReaderCommand };
  // A tab without our content script (a site not enabled, a browser page) has no one to answer.
  await browser.tabs.sendMessage(id, request, { frameId: 0 }).catch(() => {});
}
