/**
 * Shared E2E set-up: a static server for the fixture and demo pages, the built extension loaded
 * into Debian's Chromium (playwright-core) or Firefox ESR (puppeteer-core), and page helpers that
 * read the CSS highlight registry from the page's main world (content-script variables are not
 * visible there; the registry and the data-claimlight attribute are).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, before } from 'node:test';
import { CHROMIUM, chromiumArgs, serveFolders } from '../../scripts/local-browser.mjs';

export const ROOT = resolve(import.meta.dirname, '../..');
export const CHROME_EXT = join(ROOT, '.output/chrome-mv3');
export const FIREFOX_EXT = join(ROOT, '.output/firefox-mv3');
export { CHROMIUM };
export const FIREFOX = process.env.FIREFOX_BIN ?? '/usr/bin/firefox-esr';
export const CLI = join(ROOT, 'dist/claimlight.mjs');

const MOUNTS = {
  '/pages/': join(ROOT, 'tests/fixtures/pages'),
  '/demo/': join(ROOT, 'demo'),
  // The hostile-page corpus (tests/e2e/hostile.e2e.test.mjs).
  '/corpus/': join(ROOT, 'tests/pages'),
};

/** Why a browser's tests cannot run here, or null. Only a missing binary or build skips. */
export function missing(binary, extension) {
  if (!existsSync(binary)) return `${binary} is not installed`;
  if (!existsSync(join(extension, 'manifest.json')))
    return `${extension} is not built (npm run build)`;
  return null;
}

/** Serves /pages/* and /demo/* on 127.0.0.1 at a free port. */
export function serve() {
  return serveFolders(MOUNTS);
}

/**
 * The local server and Chromium with the built extension for the suite it is called in: started
 * before the suite's tests (and before its own `before` hooks, registered later), closed after
 * them. Tests read `suite.server` and `suite.browser`.
 */
export function chromiumSuite() {
  const suite = { server: undefined, browser: undefined };
  before(async () => {
    suite.server = await serve();
    suite.browser = await launchChromium();
  });
  after(async () => {
    await suite.browser?.close();
    await suite.server?.close();
  });
  return suite;
}

/** Chromium with the built extension, or with `extensionDir`, a copy a test changed. */
export async function launchChromium(extensionDir = CHROME_EXT) {
  const { chromium } = await import('playwright-core');
  const profile = mkdtempSync(join(tmpdir(), 'claimlight-e2e-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: false,
    viewport: { width: 1000, height: 700 },
    args: [...chromiumArgs(extensionDir), '--headless=new'],
  });
  let [worker] = context.serviceWorkers();
  worker ??= await context.waitForEvent('serviceworker', { timeout: 15_000 });
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    worker,
    extensionId,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

export async function launchFirefox() {
  const { default: puppeteer } = await import('puppeteer-core');
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    defaultViewport: { width: 1000, height: 700 },
  });
  const extensionId = await browser.installExtension(FIREFOX_EXT);
  return { browser, extensionId, close: () => browser.close() };
}

/** Polls `check` (async) until it returns true; fails after `timeoutMs`. */
export async function waitFor(check, timeoutMs = 5_000) {
  const until = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > until) throw new Error(`condition not met within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Resolves once the content script has painted (its test hook is set), with the count. */
/**
 * Id of the tab opened last, asked of the extension's service worker `worker` (tabs carry no URL
 * without the "tabs" permission, so tests find their page by its id, the highest).
 */
export function newestTabId(worker) {
  return worker.evaluate(async () => Math.max(...(await chrome.tabs.query({})).map((t) => t.id)));
}

export async function waitForHighlights(page, atLeast = 0, timeout = 30_000) {
  // Polled with a function, not waited for with waitForFunction: Playwright and Puppeteer order
  // its (arg, options) differently, and the string predicate that serves both is evaluated as a
  // string in the page, which a page's Content-Security-Policy without 'unsafe-eval' refuses
  // (a saved Reader View page declares `default-src chrome:`). The count is -1 until the hook is set.
  const count = () =>
    page.evaluate(() => {
      const hook = document.documentElement.dataset.claimlight;
      return hook ? Number(hook.split(':')[1]) : -1;
    });
  for (const start = Date.now(); ; ) {
    const n = await count();
    if (n >= atLeast) return n;
    if (Date.now() - start > timeout)
      throw new Error(`no highlights (${atLeast}) after ${timeout} ms`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/**
 * Runs in the page: every registered claimlight highlight as { name, text }. Whitespace is
 * collapsed because a Range's text keeps the source indentation of the HTML.
 */
export function readHighlights() {
  const out = [];
  for (const [name, highlight] of CSS.highlights) {
    if (!name.startsWith('claimlight-')) continue;
    for (const range of highlight) {
      out.push({ name, text: range.toString().replace(/\s+/g, ' ').trim() });
    }
  }
  return out.sort((a, b) => a.text.localeCompare(b.text));
}

/** Runs in the page: viewport centre of the first line of the highlight whose text includes `needle`. */
export function pointOnHighlight(needle) {
  for (const [name, highlight] of CSS.highlights) {
    if (!name.startsWith('claimlight-')) continue;
    for (const range of highlight) {
      if (!range.toString().replace(/\s+/g, ' ').includes(needle)) continue;
      const rect = range.getClientRects()[0];
      return { x: rect.left + Math.min(40, rect.width / 2), y: rect.top + rect.height / 2 };
    }
  }
  return null;
}

/** Runs in the page: what the open card shows, read through its open shadow root. */
export function readCard() {
  const host = document.querySelector('claimlight-card');
  const card = host?.shadowRoot?.querySelector('.cl-card');
  if (!card) return null;
  const outlets = (side) =>
    Array.from(card.querySelectorAll(`.cl-list--${side} .cl-source__outlet`), (e) =>
      e.textContent.trim(),
    );
  return {
    statement: card.querySelector('.cl-card__statement')?.textContent.trim(),
    verdict: Array.from(card.classList)
      .find((c) => c.startsWith('cl-card--'))
      ?.slice('cl-card--'.length),
    corroborating: outlets('corroborates'),
    contradicting: outlets('contradicts'),
    inLightDom: document.querySelectorAll('.cl-card').length,
  };
}

/** Runs in the page: the article as served (parsed from a fresh fetch) vs as it is now. */
export async function articleUnchanged(selector) {
  const served = new DOMParser().parseFromString(
    await (await fetch(location.href)).text(),
    'text/html',
  );
  return served.querySelector(selector)?.outerHTML === document.querySelector(selector)?.outerHTML;
}

/** What the Node CLI (same engine, linkedom instead of a browser) highlights on a page, or null. */
export function cliHighlights(file) {
  if (!existsSync(CLI)) return null;
  const out = execFileSync(process.execPath, [CLI, 'annotate', file, '--json'], {
    encoding: 'utf8',
  });
  return JSON.parse(out).highlights;
}

/** Source ids → outlets, from the knowledge base the extension was built with. */
export function outletOf(sourceId) {
  const sources = JSON.parse(readFileSync(join(ROOT, 'data/sources.json'), 'utf8'));
  return sources.find((s) => s.id === sourceId)?.outlet;
}
