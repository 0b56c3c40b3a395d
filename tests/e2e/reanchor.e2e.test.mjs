/**
 * Re-anchoring (issue 18, item 5) in Chromium with the built extension: an app that replaces
 * every Text node of its article every 300 ms (tests/fixtures/pages/rerendering-app.html, whose
 * byline changes at each render) keeps its highlights on the live text at every moment, not
 * only between a re-scan and the next render.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { CHROME_EXT, CHROMIUM, chromiumSuite, missing, waitForHighlights } from './harness.mjs';

const skip = missing(CHROMIUM, CHROME_EXT) ?? false;

/** Runs in the page: the claimlight ranges, and whether each is on the live text. */
function liveHighlights() {
  const ranges = [...CSS.highlights]
    .filter(([name]) => name.startsWith('claimlight-'))
    .flatMap(([, h]) => [...h]);
  return ranges.map((r) => ({
    live: !r.collapsed && r.startContainer.isConnected && r.endContainer.isConnected,
    text: r.toString(),
  }));
}

describe('re-anchoring in Chromium', { skip }, () => {
  const suite = chromiumSuite();

  test('a page re-rendering every 300 ms has its highlights on the live text at every sample', async () => {
    const page = await suite.browser.context.newPage();
    try {
      await page.goto(`${suite.server.origin}/pages/rerendering-app.html`);
      await waitForHighlights(page, 1);
      await page.waitForFunction(() => Number(document.documentElement.dataset.ticks) >= 6);
      const samples = [];
      for (let i = 0; i < 30; i++) {
        samples.push(await page.evaluate(liveHighlights));
        await page.waitForTimeout(70 + ((i * 37) % 90));
      }
      const lost = samples.filter((s) => s.length === 0 || !s.every((h) => h.live));
      assert.equal(
        lost.length,
        0,
        `${lost.length} of ${samples.length} samples without live highlights`,
      );
      const last = samples.at(-1) ?? [];
      assert.ok(
        last.some((h) => h.text.includes('by the end of 2026')),
        JSON.stringify(last),
      );
      // The app keeps rendering: the re-anchoring never stopped it.
      const ticks = await page.evaluate(() => Number(document.documentElement.dataset.ticks));
      assert.ok(ticks >= 12, `app ticks ${ticks}`);
    } finally {
      await page.close();
    }
  });
});
