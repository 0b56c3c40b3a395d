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

  test('our highlight rules are on the story page only, in its adoptedStyleSheets', async () => {
    // What a page script can read: the cursor under our hover attribute, the paint of a
    // ::highlight() under our name, and our rules among the document's adopted sheets
    // (content/document-highlight-sheet.ts).
    const probe = (p) =>
      p.evaluate(() => {
        const root = document.documentElement;
        root.setAttribute('data-claimlight-pointer', '');
        const cursor = getComputedStyle(document.querySelector('p')).cursor;
        root.removeAttribute('data-claimlight-pointer');
        const s = getComputedStyle(document.body, '::highlight(claimlight-disputed)');
        const sheets = document.adoptedStyleSheets.filter((sheet) =>
          [...sheet.cssRules].some((r) => r.cssText.includes('::highlight(claimlight-')),
        ).length;
        return { cursor, underline: `${s.textDecorationLine} ${s.textDecorationColor}`, sheets };
      });
    await waitForHighlights(page, 1);
    assert.deepEqual(await probe(page), {
      cursor: 'pointer',
      underline: 'underline rgb(176, 122, 0)',
      sheets: 1,
    });
    // A page of the same (listed) site that does not name the story's place.
    const other = await firefox.browser.newPage();
    await other.goto(`${server.origin}/pages/other-news.html`);
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    assert.deepEqual(await probe(other), {
      cursor: 'auto',
      underline: 'none rgb(0, 0, 0)',
      sheets: 0,
    });
    await other.close();
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
