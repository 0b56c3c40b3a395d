/**
 * The built Firefox extension (.output/firefox-mv3) in Firefox ESR over WebDriver BiDi:
 * highlights are registered and a click opens the card.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import {
  FIREFOX,
  FIREFOX_EXT,
  launchFirefox,
  missing,
  outletOf,
  pointOnHighlight,
  readCard,
  readHighlights,
  serve,
  waitForHighlights,
} from './harness.mjs';

const skip = missing(FIREFOX, FIREFOX_EXT) ?? false;

describe('Firefox', { skip }, () => {
  let server;
  let firefox;
  let page;
  before(async () => {
    server = await serve();
    firefox = await launchFirefox();
    page = await firefox.browser.newPage();
    await page.goto(`${server.origin}/pages/withdrawal-timetable.html`);
  });
  after(async () => {
    await firefox?.close();
    await server?.close();
  });

  test('registers the claim sentences in CSS.highlights', async () => {
    const count = await waitForHighlights(page, 1);
    const texts = (await page.evaluate(readHighlights)).map((h) => h.text);
    assert.equal(texts.length, count);
    assert.ok(
      texts.some((t) => t.endsWith('by the end of 2025.')),
      JSON.stringify(texts),
    );
    assert.ok(
      texts.some((t) => t.endsWith('by the end of 2026.')),
      JSON.stringify(texts),
    );
  });

  test('a click on a highlight opens the card; Escape closes it', async () => {
    await waitForHighlights(page, 1);
    const point = await page.evaluate(pointOnHighlight, 'by the end of 2026');
    await page.mouse.click(point.x, point.y);
    await page.waitForFunction(
      () => document.querySelector('claimlight-card')?.shadowRoot?.querySelector('.cl-card'),
      { timeout: 10_000 },
    );
    const card = await page.evaluate(readCard);
    assert.ok(card.contradicting.includes(outletOf('rudaw')), JSON.stringify(card));
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => !document.querySelector('claimlight-card'), {
      timeout: 10_000,
    });
  });
});
