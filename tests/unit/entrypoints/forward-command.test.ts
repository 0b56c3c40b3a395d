/**
 * A keyboard command (background/forward-command.ts): the top frame's content script gets it;
 * where nobody answers (a page that never named the story's place keeps the content script off
 * the extension API), the popup opens instead, so the key press is not lost.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { forwardCommand } from '../../../entrypoints/background/forward-command';

beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
});

const spies = (answer: () => Promise<unknown>) => ({
  send: vi.spyOn(browser.tabs, 'sendMessage').mockImplementation(answer as never),
  popup: vi.spyOn(browser.action, 'openPopup').mockResolvedValue(undefined as never),
});

describe('forwardCommand', () => {
  it('hands a reader command to the top frame of the tab', async () => {
    const { send, popup } = spies(async () => ({ ok: true }));
    await forwardCommand('next-statement', 7);
    expect(send).toHaveBeenCalledWith(
      7,
      { type: 'claimlight:command', command: 'next-statement' },
      { frameId: 0 },
    );
    expect(popup).not.toHaveBeenCalled();
  });

  it('opens the popup when no content script answers', async () => {
    const { popup } = spies(async () => {
      throw new Error('Could not establish connection. Receiving end does not exist.');
    });
    await forwardCommand('previous-statement', 7);
    expect(popup).toHaveBeenCalledOnce();
  });

  it('stays quiet when the browser will not open the popup either', async () => {
    const { popup } = spies(async () => {
      throw new Error('Receiving end does not exist.');
    });
    popup.mockRejectedValue(new Error('openPopup requires a user gesture'));
    await expect(forwardCommand('next-statement', 7)).resolves.toBeUndefined();
  });

  it('ignores a command that is not the reader’s', async () => {
    const { send } = spies(async () => ({ ok: true }));
    await forwardCommand('_execute_action', 7);
    expect(send).not.toHaveBeenCalled();
  });
});
