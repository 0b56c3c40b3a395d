/**
 * The extension reloaded (as an update or a disable does) while a page with highlights and an
 * open card is showing: the old content script must take everything down (highlights, card,
 * listeners, observer, test hook) and leave the page as it found it. A browser of its own,
 * since the reload ends the service worker the other tests talk to.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  CHROME_EXT,
  CHROMIUM,
  chromiumSuite,
  missing,
  pointOnHighlight,
  readHighlights,
  waitFor,
  waitForHighlights,
} from './harness.mjs';

const skip = missing(CHROMIUM, CHROME_EXT) ?? false;

describe('Chromium: extension reloaded under an open page', { skip }, () => {
  const suite = chromiumSuite();

  test('every highlight, the card, listeners and the watcher are removed', async () => {
    const page = await suite.browser.context.newPage();
    const cdp = await suite.browser.context.newCDPSession(page);
    const isolated = [];
    const errors = [];
    cdp.on('Runtime.executionContextCreated', ({ context }) => {
      if (context.auxData?.type === 'isolated' && context.name === 'Claimlight')
        isolated.push(context.id);
    });
    cdp.on('Runtime.exceptionThrown', (e) => errors.push(e.exceptionDetails.text));
    page.on('pageerror', (error) => errors.push(String(error)));
    await cdp.send('Runtime.enable');
    await page.goto(`${suite.server.origin}/corpus/article.html`);
    assert.equal(await waitForHighlights(page, 2), 2);
    const point = await page.evaluate(pointOnHighlight, 'end of 2025');
    await page.mouse.click(point.x, point.y);
    await page.waitForFunction(() =>
      document.querySelector('claimlight-card')?.shadowRoot?.querySelector('.cl-card'),
    );

    /** Listeners on window and document, as the content script's world sees them. */
    const listeners = async () => {
      let total = 0;
      for (const expression of ['window', 'document']) {
        const { result } = await cdp.send('Runtime.evaluate', {
          expression,
          contextId: isolated[0],
        });
        const { listeners: l } = await cdp.send('DOMDebugger.getEventListeners', {
          objectId: result.objectId,
        });
        total += l.length;
      }
      return total;
    };
    const before = await listeners();
    assert.ok(before >= 2, `the content script listens (${before})`);

    // What an update or a disable does to a running extension.
    await suite.browser.worker.evaluate(() => chrome.runtime.reload()).catch(() => {});

    await waitFor(
      () =>
        page.evaluate(
          () =>
            ![...CSS.highlights.keys()].some((n) => n.startsWith('claimlight-')) &&
            !document.querySelector('claimlight-card') &&
            !document.documentElement.hasAttribute('data-claimlight'),
        ),
      5_000,
    );
    assert.equal(await listeners(), 0, 'no listener of ours left on window or document');

    // The watcher is gone: a new claim added by the page stays unpainted, and a click where a
    // highlight was opens nothing.
    await page.evaluate(() => {
      const p = document.createElement('p');
      p.textContent =
        'The last coalition troops will pull out of Iraq by the end of 2026, according to a draft agreement.';
      document.querySelector('article').append(p);
    });
    await page.mouse.click(point.x, point.y);
    await page.waitForTimeout(2_000);
    assert.deepEqual(await page.evaluate(readHighlights), []);
    assert.equal(await page.evaluate(() => document.querySelector('claimlight-card')), null);
    assert.equal(await page.evaluate(() => window.__pageOk), true);
    assert.deepEqual(errors, []);
    console.log(`listeners on window+document from the content script: ${before} → 0`);
    await page.close();
  });
});
