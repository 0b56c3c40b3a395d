// `npm start`: builds the extension, serves demo/ on 127.0.0.1 and opens it in Debian's Chromium
// with the unpacked Chrome build loaded.
//   - With a display (DISPLAY set, CI not set): a normal browser window you can click around in;
//     the script ends when you close the window.
//   - Otherwise (no display, or CI=true): headless. For each demo page it waits for the content
//     script's scan, reads every highlight's card, screenshots the first card into demo-output/,
//     prints a summary and exits (1 if a page got no highlights).
// Flags and the reasons for them: chromiumArgs() in scripts/local-browser.mjs.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CHROMIUM, chromiumArgs, serveFolders } from './local-browser.mjs';

const ROOT = resolve(fileURLToPath(import.meta.url), '../..');
const DEMO = join(ROOT, 'demo');
const OUT = join(ROOT, 'demo-output');
const EXTENSION = join(ROOT, '.output/chrome-mv3');
const HEADED = Boolean(process.env.DISPLAY) && !isTrue(process.env.CI);
const SCAN_TIMEOUT_MS = 15_000;

function isTrue(value) {
  return value !== undefined && value !== '' && value !== '0' && value.toLowerCase() !== 'false';
}

if (!existsSync(CHROMIUM)) {
  console.error(`Chromium not found at ${CHROMIUM}: install it with  apt-get install -y chromium`);
  process.exit(1);
}

const built = spawnSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'inherit' });
if (built.status !== 0) process.exit(built.status ?? 1);

const { chromium } = await import('playwright-core');
const server = await serveFolders({ '/': DEMO });
const base = server.origin;
const pages = readdirSync(DEMO)
  .filter((f) => f.endsWith('.html') && f !== 'index.html')
  .sort();

const profile = mkdtempSync(join(tmpdir(), 'claimlight-demo-'));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: CHROMIUM,
  headless: !HEADED,
  viewport: HEADED ? null : { width: 1280, height: 900 },
  args: [...chromiumArgs(EXTENSION), ...(HEADED ? ['--start-maximized'] : [])],
});

let exitCode = 0;
const cleanup = async () => {
  await context.close().catch(() => {});
  server.close();
  rmSync(profile, { recursive: true, force: true });
};
process.on('SIGINT', () => cleanup().then(() => process.exit(130)));

try {
  if (HEADED) await runHeaded();
  else exitCode = await runHeadless();
} catch (error) {
  console.error(error);
  exitCode = 1;
} finally {
  await cleanup();
}
process.exit(exitCode);

async function runHeaded() {
  const [first] = context.pages();
  const index = first ?? (await context.newPage());
  await index.goto(`${base}/index.html`);
  for (const name of pages) await (await context.newPage()).goto(`${base}/${name}`);
  await index.bringToFront();
  console.log(`Demo pages at ${base}/index.html. Close the browser window to stop.`);
  await new Promise((done) => context.once('close', done));
}

async function runHeadless() {
  mkdirSync(OUT, { recursive: true });
  const page = context.pages()[0] ?? (await context.newPage());
  let failures = 0;
  for (const name of pages) {
    const slug = name.replace(/\.html$/, '');
    await page.goto(`${base}/${name}`);
    const count = await waitForScan(page);
    if (count === null) {
      console.log(`\n${name}: the content script never reported a scan (no data-claimlight)`);
      failures++;
      continue;
    }
    const ms = await page.evaluate(() => {
      const entry = performance.getEntriesByName('claimlight:scan').at(-1);
      return entry ? Math.round(entry.duration) : null;
    });
    console.log(
      `\n${name}: ${count} highlight${count === 1 ? '' : 's'}${ms === null ? '' : ` (scan ${ms} ms)`}`,
    );
    if (count === 0) {
      failures++;
      continue;
    }
    const total = await page.evaluate(countHighlightRanges);
    for (let i = 0; i < total; i++) {
      const card = await openCard(page, i);
      if (!card) {
        console.log(`  ${i + 1}. (no card opened)`);
        continue;
      }
      console.log(`  ${i + 1}. [${card.verdict}] ${card.statement}`);
      console.log(`     ${card.summary}${card.value ? ` · sentence says: ${card.value}` : ''}`);
      await page.keyboard.press('Escape');
    }
    const popup = await readPopup(page, slug);
    if (popup) console.log(`  popup: ${popup}`);
    // The first highlight's card stays open for the screenshots.
    const first = await openCard(page, 0);
    if (first) {
      await page.screenshot({ path: join(OUT, `${slug}.png`) });
      const clip = await cardClip(page);
      if (clip) {
        await page.screenshot({ path: join(OUT, `${slug}-card.png`), clip });
        // The card scrolls when it has many sources; a second picture shows the other side.
        const scrolled = await page
          .locator('claimlight-card .cl-card')
          .evaluate(scrollCardToContradicting);
        if (scrolled)
          await page.screenshot({ path: join(OUT, `${slug}-card-contradicting.png`), clip });
      }
      console.log(`  screenshot: demo-output/${slug}.png`);
    }
  }
  console.log(
    failures
      ? `\n${failures} of ${pages.length} pages had no highlights`
      : `\nall ${pages.length} pages highlighted`,
  );
  return failures ? 1 : 0;
}

/**
 * Opens the toolbar popup as a page aimed at the demo tab (its `?tab=` hook; headless Chromium has
 * no toolbar to click), screenshots it and returns its count line.
 */
async function readPopup(page, slug) {
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  // Without the "tabs" permission tabs carry no URL; the demo tab is the only (so highest) id.
  const tabId = await worker.evaluate(async () =>
    Math.max(...(await chrome.tabs.query({})).map((t) => t.id)),
  );
  const popup = await context.newPage();
  try {
    await popup.setViewportSize({ width: 400, height: 600 });
    await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${tabId}`);
    await popup.waitForSelector('.cl-summary', { timeout: 5_000 });
    await popup.screenshot({ path: join(OUT, `${slug}-popup.png`) });
    return (
      await popup.locator('.cl-summary__count, .cl-summary__empty').first().textContent()
    )?.trim();
  } catch {
    return null;
  } finally {
    await popup.close();
    await page.bringToFront();
  }
}

/** Highlight count from the content script's attribute, or null if it never scanned. */
async function waitForScan(page) {
  try {
    const handle = await page.waitForFunction(
      () => /^highlights:(\d+)$/.exec(document.documentElement.dataset.claimlight ?? '')?.[1],
      null,
      { timeout: SCAN_TIMEOUT_MS },
    );
    return Number(await handle.jsonValue());
  } catch {
    return null;
  }
}

/** Number of highlighted Ranges across the verdict highlights (runs in the page). */
function countHighlightRanges() {
  let n = 0;
  for (const [name, highlight] of CSS.highlights)
    if (name.startsWith('claimlight-')) n += highlight.size;
  return n;
}

/**
 * Runs in the page: scrolls highlight `index` (document order; the registry groups ranges by
 * verdict) into view and returns a point on its text that is not on a link, since clicking an
 * inline link would navigate away. One self-contained function because page.evaluate serialises it.
 */
function pointOnHighlight(index) {
  const ranges = [];
  for (const [name, highlight] of CSS.highlights) {
    if (name.startsWith('claimlight-')) for (const r of highlight) ranges.push(r);
  }
  ranges.sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b));
  const range = ranges[index];
  if (!range) return null;
  // Near the top of the viewport, so the card that opens below the sentence fits on screen.
  window.scrollTo({
    top: range.getBoundingClientRect().top + window.scrollY - 140,
    behavior: 'instant',
  });
  for (const rect of range.getClientRects()) {
    if (rect.width < 4) continue;
    for (const f of [0.5, 0.25, 0.75, 0.1, 0.9]) {
      const x = rect.left + rect.width * f;
      const y = rect.top + rect.height / 2;
      if (!document.elementFromPoint(x, y)?.closest('a')) return { x, y };
    }
  }
  return null;
}

/** Clicks highlight `index` and reads the card it opens, or returns null. */
async function openCard(page, index) {
  const point = await page.evaluate(pointOnHighlight, index);
  if (!point) return null;
  await page.mouse.click(point.x, point.y);
  const card = page.locator('claimlight-card .cl-card');
  try {
    await card.waitFor({ state: 'visible', timeout: 3_000 });
  } catch {
    return null;
  }
  const text = async (selector) => {
    const el = card.locator(selector);
    return (await el.count()) ? (await el.first().textContent())?.trim() : undefined;
  };
  return {
    statement: await text('.cl-card__statement'),
    verdict: await text('.cl-badge'),
    summary: await text('.cl-card__summary'),
    value: await text('.cl-card__value strong'),
  };
}

/** Runs in the page: scrolls the card's own scroller to its Contradicting list, if that has entries. */
function scrollCardToContradicting(card) {
  const list = card.querySelector('.cl-list--contradicts');
  if (!list?.querySelector('li') || card.scrollHeight <= card.clientHeight) return false;
  card.scrollTop += list.getBoundingClientRect().top - card.getBoundingClientRect().top - 12;
  return true;
}

/** The open card plus the sentence above it, with a margin: the picture the README shows. */
async function cardClip(page) {
  const box = await page.locator('claimlight-card .cl-card').boundingBox();
  if (!box) return null;
  const margin = 24;
  const top = Math.max(0, box.y - 90);
  const left = Math.max(0, box.x - margin);
  return {
    x: left,
    y: top,
    width: Math.min(box.width + 2 * margin + 320, 1280 - left),
    height: Math.min(box.y + box.height + margin - top, 900 - top),
  };
}
