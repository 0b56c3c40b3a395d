/**
 * Click → card painted, in Chromium with the built extension: on a story page, after the first
 * scan, a real mouse click on each of several highlights of different claims, timed in the page
 * from the click event (a window capture listener, which runs before ours) to the first
 * animation frame after the card's shadow root holds its statement and source lists. The first
 * open also loads the card's code (card-ui.js); later ones do not.
 *
 *   node scripts/bench/click-card.mjs [--runs 3] [--page story-1.5k] [--clicks 6]
 *                                     [--press 0] [--extension .output/chrome-mv3]
 */
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { CHROMIUM, chromiumArgs, serveFolders } from '../local-browser.mjs';
import { generatePages } from './pages.mjs';

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '3' },
    page: { type: 'string', default: 'story-1.5k' },
    clicks: { type: 'string', default: '6' },
    press: { type: 'string', default: '0' },
    extension: { type: 'string', default: '.output/chrome-mv3' },
  },
});

const temp = mkdtempSync(join(tmpdir(), 'claimlight-click-'));
const pageDir = join(temp, 'pages');
mkdirSync(pageDir);
for (const p of generatePages()) writeFileSync(join(pageDir, `${p.name}.html`), p.html);
const server = await serveFolders({ '/bench/': pageDir });
const { chromium } = await import('playwright-core');

/** Runs in the page: points on up to `n` highlights of different text, scrolled into view one by one. */
function highlightTexts(n) {
  const seen = new Set();
  const out = [];
  for (const [name, highlight] of CSS.highlights) {
    if (!name.startsWith('claimlight-')) continue;
    for (const range of highlight) {
      const text = range.toString().replace(/\s+/g, ' ').trim();
      if (seen.has(text)) continue;
      seen.add(text);
      out.push(text);
    }
  }
  return out.slice(0, n);
}

function pointOn(needle) {
  for (const [name, highlight] of CSS.highlights) {
    if (!name.startsWith('claimlight-')) continue;
    for (const range of highlight) {
      if (range.toString().replace(/\s+/g, ' ').trim() !== needle) continue;
      range.startContainer.parentElement.scrollIntoView({ block: 'center', behavior: 'instant' });
      const rect = range.getClientRects()[0];
      return { x: rect.left + Math.min(20, rect.width / 2), y: rect.top + rect.height / 2 };
    }
  }
  return null;
}

function arm() {
  window.__clickAt = undefined;
  window.addEventListener(
    'click',
    (e) => {
      window.__clickAt = e.timeStamp;
    },
    { capture: true, once: true },
  );
}

function waitCard() {
  return new Promise((resolve) => {
    const check = () => {
      const card = document
        .querySelector('claimlight-card')
        ?.shadowRoot?.querySelector('.cl-card .cl-card__statement');
      if (card && window.__clickAt !== undefined)
        requestAnimationFrame((t) => resolve(t - window.__clickAt));
      else requestAnimationFrame(check);
    };
    check();
  });
}

const results = { first: [], later: [] };
for (let run = 0; run < Number(values.runs); run++) {
  const profile = join(temp, `profile-${run}`);
  const ext = join(temp, `ext-${run}`);
  cpSync(resolve(values.extension), ext, { recursive: true });
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: false,
    viewport: { width: 1280, height: 900 },
    args: [...chromiumArgs(ext), '--headless=new'],
  });
  if (context.serviceWorkers().length === 0) await context.waitForEvent('serviceworker');
  const page = await context.newPage();
  await page.goto(`${server.origin}/bench/${values.page}.html`);
  await page.waitForFunction(() => document.documentElement.dataset.claimlight, null, {
    timeout: 60_000,
  });
  await page.waitForTimeout(500);
  const texts = await page.evaluate(highlightTexts, Number(values.clicks));
  for (const [i, text] of texts.entries()) {
    const point = await page.evaluate(pointOn, text);
    await page.waitForTimeout(200);
    await page.evaluate(arm);
    const waiting = page.evaluate(waitCard);
    // A reader's press lasts 50–150 ms; --press 0 clicks at once (the worst case).
    await page.mouse.click(point.x, point.y, { delay: Number(values.press) });
    const ms = await waiting;
    (i === 0 ? results.first : results.later).push(ms);
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => !document.querySelector('claimlight-card'));
  }
  await context.close();
}
await server.close();
rmSync(temp, { recursive: true, force: true });
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.floor(s.length / 2)] : NaN;
};
const fmt = (xs) =>
  `median ${median(xs).toFixed(1)} ms (min ${Math.min(...xs).toFixed(1)}, max ${Math.max(...xs).toFixed(1)}, n=${xs.length})`;
console.log(`${values.extension} ${values.page}, press ${values.press} ms`);
console.log(`  first open (loads card-ui.js): ${fmt(results.first)}`);
console.log(`  later opens:                   ${fmt(results.later)}`);
