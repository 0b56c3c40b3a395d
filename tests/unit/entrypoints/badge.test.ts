/**
 * The toolbar badge (background/badge.ts): each frame's count, added up per tab, and a page the
 * tab has left behind (the browser emptied its badge) counts for nothing. The browser here is
 * WXT's in-memory fake.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { showFrameCount } from '../../../entrypoints/background/badge';

const text = (tabId: number) => browser.action.getBadgeText({ tabId });
/** What the browser does to a tab's badge when the tab loads a new page. */
const navigate = (tabId: number) => browser.action.setBadgeText({ tabId, text: '' });

let tab = 100;
beforeEach(() => {
  fakeBrowser.reset();
  // The counts live in the module for the background's lifetime: each test uses fresh tabs.
  tab += 10;
});

describe('showFrameCount', () => {
  it('shows a frame’s count, and nothing for none', async () => {
    await showFrameCount(tab, 0, 4);
    expect(await text(tab)).toBe('4');
    await showFrameCount(tab + 1, 0, 0);
    expect(await text(tab + 1)).toBe('');
  });

  it('adds the frames of a tab up, and a frame’s new count replaces its old one', async () => {
    await showFrameCount(tab, 0, 2);
    await showFrameCount(tab, 3, 1);
    expect(await text(tab)).toBe('3');
    await showFrameCount(tab, 3, 5);
    expect(await text(tab)).toBe('7');
    // Another tab is counted apart.
    await showFrameCount(tab + 1, 0, 1);
    expect(await text(tab)).toBe('7');
    expect(await text(tab + 1)).toBe('1');
  });

  it('adds reports that arrive together, one after the other', async () => {
    await Promise.all([
      showFrameCount(tab, 0, 1),
      showFrameCount(tab, 1, 2),
      showFrameCount(tab, 2, 3),
    ]);
    expect(await text(tab)).toBe('6');
  });

  it('starts afresh once the browser has emptied the badge for a new page', async () => {
    await showFrameCount(tab, 0, 2);
    await showFrameCount(tab, 7, 3);
    await navigate(tab);
    // The new page's first report: the old page's frames are not added to it.
    await showFrameCount(tab, 4, 1);
    expect(await text(tab)).toBe('1');
  });

  it('shows at most three digits', async () => {
    await showFrameCount(tab, 0, 1500);
    expect(await text(tab)).toBe('999');
  });
});
