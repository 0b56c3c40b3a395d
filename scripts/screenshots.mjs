/**
 * Screenshots of the extension's own pages for the README: the popup (on a demo article), the
 * options page and the story view, each in light and dark, from the real built extension in
 * Debian's Chromium. Run `npm run build && node scripts/screenshots.mjs`; writes
 * docs/screenshots/<page>-<scheme>.png.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { CHROMIUM, chromiumArgs, serveFolders } from './local-browser.mjs';

const ROOT = resolve(import.meta.dirname, '..');
const EXTENSION = join(ROOT, '.output/chrome-mv3');
const OUT = join(ROOT, 'docs/screenshots');

async function main() {
  const { chromium } = await import('playwright-core');
  const server = await serveFolders({ '/demo/': join(ROOT, 'demo') });
  const profile = mkdtempSync(join(tmpdir(), 'claimlight-shots-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: false,
    viewport: { width: 1000, height: 760 },
    args: [...chromiumArgs(EXTENSION), '--headless=new'],
  });
  try {
    let [worker] = context.serviceWorkers();
    worker ??= await context.waitForEvent('serviceworker', { timeout: 15_000 });
    const base = `chrome-extension://${new URL(worker.url()).host}`;
    mkdirSync(OUT, { recursive: true });

    const article = await context.newPage();
    await article.goto(`${server.origin}/demo/coalition-timeline.html`);
    await article.waitForFunction(
      () => Number(document.documentElement.dataset.claimlight?.split(':')[1]) > 0,
    );
    const tabId = await worker.evaluate(async () =>
      Math.max(...(await chrome.tabs.query({})).map((t) => t.id)),
    );

    const shots = [
      {
        name: 'popup',
        url: `${base}/popup.html?tab=${tabId}`,
        ready: '.cl-summary__item',
        size: { width: 420, height: 640 },
      },
      {
        name: 'options',
        url: `${base}/options.html`,
        ready: '.cl-options',
        size: { width: 900, height: 900 },
      },
      {
        name: 'story',
        url: `${base}/story.html`,
        ready: '.cl-timeline',
        size: { width: 1000, height: 1000 },
      },
    ];
    for (const scheme of ['light', 'dark']) {
      for (const shot of shots) {
        const page = await context.newPage();
        await page.setViewportSize(shot.size);
        await page.emulateMedia({ colorScheme: scheme });
        await page.goto(shot.url);
        await page.waitForSelector(shot.ready);
        // The story view is shown at the question with the announced deadlines on its timeline.
        if (shot.name === 'story')
          await page.evaluate(() =>
            document.getElementById('question-completion-date')?.scrollIntoView(),
          );
        await page.screenshot({ path: join(OUT, `${shot.name}-${scheme}.png`) });
        await page.close();
      }
    }
    // The card, opened by a click on a highlighted sentence of the demo article.
    for (const scheme of ['light', 'dark']) {
      const page = await context.newPage();
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(`${server.origin}/demo/coalition-timeline.html`);
      await page.waitForFunction(
        () => Number(document.documentElement.dataset.claimlight?.split(':')[1]) > 0,
      );
      const point = await page.evaluate(firstContestedHighlight);
      if (!point) throw new Error('the demo article has no disputed or contradicted highlight');
      await page.evaluate((y) => window.scrollBy(0, y - 180), point.y);
      const again = await page.evaluate(firstContestedHighlight);
      await page.mouse.click(again.x, again.y);
      await page.waitForFunction(() =>
        document.querySelector('claimlight-card')?.shadowRoot?.querySelector('.cl-card'),
      );
      await page.screenshot({ path: join(OUT, `card-${scheme}.png`) });
      await page.close();
    }
    console.log(`wrote ${shots.length * 2 + 2} screenshots to docs/screenshots/`);
  } finally {
    await context.close();
    await server.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

await main();

/** Runs in the page: a point on the first highlight whose sources disagree (the card worth showing). */
function firstContestedHighlight() {
  for (const name of ['claimlight-contradicted', 'claimlight-disputed']) {
    const highlight = CSS.highlights.get(name);
    for (const range of highlight ?? []) {
      const rect = range.getClientRects()[0];
      if (rect)
        return { x: rect.left + Math.min(40, rect.width / 2), y: rect.top + rect.height / 2 };
    }
  }
  return null;
}
