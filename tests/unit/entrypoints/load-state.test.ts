/**
 * What the popup shows for its tab (popup/load-state.ts). The content script answers only on a
 * page that named the story's place, so silence on a site Claimlight runs on means "no
 * statements here", and silence anywhere else means Claimlight is off there. The browser is
 * WXT's in-memory fake; the content script's answer (or its absence) is stubbed.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { loadState } from '../../../entrypoints/popup/load-state';

beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
});

/** A tab on `url`, the popup's, with the content script answering `answer` (or nobody answering). */
async function tabOn(
  url: string,
  answer?: { matches: unknown[]; sentences: number; shown?: number[]; hidden?: number },
) {
  const tab = await browser.tabs.create({ url });
  // The popup's own way of naming its tab, used by the E2E tests too: popup.html?tab=<id>.
  history.replaceState(null, '', `?tab=${tab.id}`);
  vi.spyOn(browser.tabs, 'sendMessage').mockImplementation((async () => {
    if (!answer) throw new Error('Could not establish connection. Receiving end does not exist.');
    return answer;
  }) as never);
  return tab.id as number;
}

describe('loadState', () => {
  it('lists what the page’s content script found', async () => {
    const match = { claimId: 'x', start: 0, end: 4 };
    const id = await tabOn('https://www.reuters.com/world/a', {
      matches: [match],
      sentences: 9,
      shown: [0],
      hidden: 0,
    });
    expect(await loadState()).toEqual({
      kind: 'summary',
      tabId: id,
      matches: [match],
      shown: [0],
      hidden: 0,
      site: { kind: 'default', pattern: 'https://*.reuters.com/*' },
      host: 'reuters.com',
    });
  });

  it('keeps which statements the page paints and how many the settings hide', async () => {
    const matches = [
      { claimId: 'x', start: 0, end: 4 },
      { claimId: 'y', start: 9, end: 12 },
      { claimId: 'z', start: 20, end: 24 },
    ];
    await tabOn('https://www.reuters.com/world/a', {
      matches,
      sentences: 9,
      shown: [1],
      hidden: 2,
    });
    expect(await loadState()).toMatchObject({ kind: 'summary', matches, shown: [1], hidden: 2 });
  });

  it('lists every statement when the answer does not say which are shown', async () => {
    const matches = [{ claimId: 'x', start: 0, end: 4 }];
    await tabOn('https://www.reuters.com/world/a', { matches, sentences: 9 });
    expect(await loadState()).toMatchObject({ kind: 'summary', shown: [0], hidden: 0 });
  });

  it('reads silence on a default site as a page with no statements', async () => {
    const id = await tabOn('https://www.bbc.com/news/other');
    expect(await loadState()).toMatchObject({
      kind: 'summary',
      tabId: id,
      matches: [],
      shown: [],
      hidden: 0,
    });
  });

  it('reads silence on a site the reader added as a page with no statements', async () => {
    await browser.storage.local.set({ enabledOrigins: ['https://news.example'] });
    const id = await tabOn('https://news.example/story');
    expect(await loadState()).toMatchObject({
      kind: 'summary',
      tabId: id,
      matches: [],
      site: { kind: 'added', origin: 'https://news.example' },
    });
  });

  it('reads silence anywhere else as Claimlight being off there', async () => {
    const id = await tabOn('https://blog.example/post');
    expect(await loadState()).toEqual({ kind: 'off', tabId: id, origin: 'https://blog.example' });
  });

  it('says a browser page cannot be read', async () => {
    await tabOn('about:blank');
    expect(await loadState()).toEqual({ kind: 'unsupported' });
  });
});
