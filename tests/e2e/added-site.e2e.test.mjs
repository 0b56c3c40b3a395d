/**
 * A site the reader adds in the options page (background/site-scripts.ts registers a content
 * script for it) is read as a listed site is: in the top page and in its same-origin frames,
 * one loaded from the site (src) and one the page writes itself (srcdoc).
 *
 * Chromium asks the reader before it grants a site, in a prompt a test cannot answer. So the test
 * loads a copy of the built extension whose manifest already holds that one site's permission,
 * as if the reader had said yes; everything else (the options page, the registration, the
 * content script) is the build's own. The site is not one the manifest's content script
 * matches, so only the added site's script can read it. Playwright answers its requests with
 * tests/pages/ files.
 */
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import {
  CHROME_EXT,
  CHROMIUM,
  launchChromium,
  missing,
  ROOT,
  readHighlights,
  waitFor,
} from './harness.mjs';

const skip = missing(CHROMIUM, CHROME_EXT) ?? false;
const SITE = 'https://added.example.test';

// The srcdoc frame's sentence; tests/pages/iframe-article.html has two, dated 2025 and 2026.
const VOTE_2020 = "Iraq's parliament voted in January 2020 to expel foreign troops.";

describe('a site the reader adds (Chromium)', { skip }, () => {
  let copy;
  let browser;
  before(async () => {
    copy = mkdtempSync(join(tmpdir(), 'claimlight-added-site-'));
    cpSync(CHROME_EXT, copy, { recursive: true });
    const manifestFile = join(copy, 'manifest.json');
    const manifest = JSON.parse(readFileSync(manifestFile, 'utf8'));
    assert.ok(
      !manifest.content_scripts.some((c) => c.matches.some((m) => m.includes('example.test'))),
    );
    manifest.host_permissions = [`${SITE}/*`];
    writeFileSync(manifestFile, JSON.stringify(manifest));
    browser = await launchChromium(copy);
  });
  after(async () => {
    await browser?.close();
    if (copy) rmSync(copy, { recursive: true, force: true });
  });

  test('its frames are read as a listed site’s: the src frame and the srcdoc frame', async () => {
    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    await options.waitForSelector('.cl-options');
    const field = options.locator('input[type="url"]');
    await field.fill(SITE);
    await field.press('Enter');
    await options.locator('.cl-options', { hasText: 'added.example.test' }).waitFor();
    const id = `claimlight-site:${SITE}`;
    await waitFor(() =>
      browser.worker.evaluate(
        async (id) => (await chrome.scripting.getRegisteredContentScripts({ ids: [id] })).length,
        id,
      ),
    );

    const page = await browser.context.newPage();
    await page.route(`${SITE}/**`, (route) =>
      route.fulfill({
        status: 200,
        contentType: 'text/html; charset=utf-8',
        body: readFileSync(
          join(ROOT, 'tests/pages', new URL(route.request().url()).pathname.slice(1)),
          'utf8',
        ),
      }),
    );
    await page.goto(`${SITE}/iframe-same-origin.html`);
    // A frame's highlights may land in more than one step (the scan yields between blocks):
    // wait for as many as the frame should hold, then compare what they are.
    const frameTexts = async (selector, count) => {
      const frame = await (await page.$(selector)).contentFrame();
      const texts = async () => (await frame.evaluate(readHighlights)).map((h) => h.text);
      await waitFor(async () => (await texts()).length >= count, 30_000);
      return texts();
    };
    const framed = await frameTexts('#framed', 2);
    assert.equal(framed.length, 2, JSON.stringify(framed));
    assert.match(framed.join('\n'), /end of 2025\.\n.*end of 2026/s);
    assert.deepEqual(await frameTexts('#inline', 1), [VOTE_2020]);
    assert.deepEqual(await page.evaluate(readHighlights), []);
    await page.close();
    await options.close();
  });
});
