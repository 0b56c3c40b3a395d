/**
 * What a reader pays: the content script's FIRST scan in a FRESH TAB of real Chromium with the
 * built extension, next to the cheapest conceivable pass over the same page without it.
 *
 *   node scripts/bench/browser.mjs [--runs 5] [--pages story-10k,offtopic-1.5k]
 *                                  [--extension .output/chrome-mv3] [--out bench-output/browser.json]
 *   node scripts/bench/browser.mjs --probe   # checks the measurement assumptions (see probe())
 *
 * First scan: the content script records `performance.measure('claimlight:scan', { detail })`;
 * its busy time is detail.busyMs (the summed slices, from the first line of our code on) plus
 * the time V8 spent compiling our scripts on the page's main thread, read from a trace of the
 * tab (traceScriptCompile), since that happens before any of our code can start a clock.
 *
 * CPU: busy is wall time, and on a loaded machine our slices get the CPU for only a part of it
 * (30–45% on two shared cores), so busy mostly measures waiting. cpuMs is the thread (CPU) time
 * of the main-thread tasks that ran our code during the first scan, from the same trace: the
 * top-level tasks inside the final claimlight:scan measure's window (opened 5 ms early for
 * evaluating content.js), each counted when it ran the extension's code (our-task-cpu.mjs says
 * how a task is recognised). It includes what busy leaves out (V8 work, the browser's own work
 * inside our tasks) and excludes the waiting; compare builds with it when the machine is busy.
 * Measures made in the content script's isolated world land in the page's one performance
 * timeline, detail included, and a main-world `longtask` observer sees tasks run by the
 * content script (both checked by --probe), so everything is read from the main world.
 *
 * Floors, in a plain Chromium without the extension: one TreeWalker pass over document.body
 * that concatenates the text, lowercases it and counts /[\p{L}\p{N}]+/gu tokens. Any scan has
 * to read the text at least once, so this is the cost below which no implementation can go.
 * "cold" is that pass run once in a fresh tab (median of 9 tabs, interleaved with the scans;
 * the floor of a 1.5k-word page moved between 4 and 24 ms from tab to tab, and with 5 tabs its
 * median still moved between 5 and 17 ms from run to run), "warm" the median of runs 3–10 in
 * one tab (JIT-warm).
 *
 * The same pass is also run as what the issue calls it, "the simplest possible content script":
 * a throwaway extension (floorExtension) whose only content script, at document_idle like ours,
 * makes that pass once in a fresh tab, timed exactly as our scan is, from its first statement
 * on, plus V8 compiling it (traced). That is the "content-script floor": it pays what any content
 * script pays that the page-world pass does not (compiling a script, the first run of DOM calls
 * in a new isolated world, running while the page is still loading).
 *
 * The background matches the articles (entrypoints/background/match-service.ts), on its own
 * thread: its time is reported beside the page's (detail.engineMs). The measured runs find it
 * running, as a reader's second article does; then, on story pages, BACKGROUND_COLD_RUNS more
 * runs each start right after the service worker was stopped (CDP ServiceWorker.stopAllWorkers),
 * as the first article after the background went idle does. detail.engineCold says which it was.
 * Those are the worker's second and later starts: Chromium compiled background.js when the
 * extension was installed and keeps V8's code cache of it in the profile (across browser
 * restarts too), so a restarted worker deserialises its code instead of compiling it. The
 * worker's very first start is at install, with no page waiting; what a page can meet of it is
 * the first article right after installing, while that worker still runs: its matcher is built
 * on code compiled from source. FIRST_START_RUNS runs per story page measure that, each in a
 * fresh browser profile. For both, the worker's own CPU (its thread's task time) and how its
 * script was loaded come from a browser-wide trace (worker-cpu.mjs), as wall time is mostly
 * waiting on a loaded machine.
 *
 * First use (first-use.mjs): on the shortest story page, a throwaway extension times, in fresh
 * tabs interleaved with the floors, the first call of each browser feature our scan uses.
 */

import { execFileSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { CHROMIUM, chromiumArgs, serveFolders } from '../local-browser.mjs';
import { FIRST_USE_ATTRIBUTE, FIRST_USE_STEPS, firstUseExtension } from './first-use.mjs';
import { ourTaskCpu, TRACE_CATEGORIES } from './our-task-cpu.mjs';
import { generatePages } from './pages.mjs';
import { stampPhases } from './phase-stamps.mjs';
import { WORKER_TRACE_CATEGORIES, workerCpu } from './worker-cpu.mjs';

const ROOT = resolve(import.meta.dirname, '../..');
const OUT_DIR = join(ROOT, 'bench-output');
const DEFAULT_EXTENSION = join(ROOT, '.output/chrome-mv3');
/** How long to let the page settle after the final scan before reading the timeline. */
const SETTLE_MS = 300;
const COLD_TABS = 9;
/** Runs per story page that start with the background stopped. */
const BACKGROUND_COLD_RUNS = 3;
/** Runs per story page in a browser profile of their own: the first article after installing. */
const FIRST_START_RUNS = 3;
const WARM_PASSES = 10;
const VIEWPORT = { width: 1000, height: 700 };

/**
 * @typedef {{ median: number, min: number, max: number }} Stats
 * @typedef {{
 *   run: number, busyMs: number, sliceBusyMs: number, compileMs: number, cpuMs: number | null,
 *   busySource: 'detail.busyMs' | 'duration', wallMs: number,
 *   scanStartMs: number, loadEventMs: number, measures: number, longestTaskMs: number,
 *   longestTaskAfterLoadMs: number, highlights: number | null, sentences: number | null,
 *   longTasks: { startMs: number, durationMs: number }[],
 *   engineMs: number | null, engineCold: boolean | null,
 *   phaseMs: Record<string, number> | null, stampMs: Record<string, number> | null,
 *   worker?: { cpuMs: number, tasks: number, compileMs: number | null,
 *     cachedBytes: number | null, runMs: number | null },
 * }} Run
 * @typedef {{ firstScanBusyMs: Stats, firstScanWallMs: Stats, cpuMs: Stats | null,
 *   backgroundMs: Stats | null, workerCpuMs: Stats | null, allCold: boolean }} BackgroundCold
 * @typedef {{
 *   page: string, kind: 'story' | 'offtopic', words: number, runs: Run[],
 *   firstScanBusyMs: Stats, sliceBusyMs: Stats, compileMs: Stats, cpuMs: Stats | null,
 *   firstScanWallMs: Stats, longestTaskMs: Stats,
 *   longestTaskAfterLoadMs: Stats, highlights: number | null, sentences: number | null,
 *   coldFloorMs: number, warmFloorMs: number, floorRunsMs: { cold: number[], warm: number[] },
 *   floorTokens: number, loadEventMs: Stats, plainLoadEventMs: Stats,
 *   ratioBusyToCold: number, ratioWallToCold: number, backgroundMs: Stats | null,
 *   backgroundColdRuns: Run[], backgroundCold: BackgroundCold | null,
 *   backgroundFirstStartRuns: Run[], backgroundFirstStart: BackgroundCold | null,
 *   contentScriptFloorMs: Stats, ratioBusyToContentScriptFloor: number,
 *   contentScriptFloorRuns: { busyMs: number, passMs: number, compileMs: number, tokens: number }[],
 *   firstUse?: { steps: { key: string, name: string, ms: Stats }[], totalMs: Stats,
 *     runs: Record<string, number>[] },
 * }} Row
 */

/**
 * @param {{ runs?: number, extensionDir?: string,
 *   pages?: { name: string, kind: 'story' | 'offtopic', words: number, html: string }[],
 *   log?: (line: string) => void }} [options]
 * @returns {Promise<Row[]>}
 */
export async function runBrowserBench({
  runs = 5,
  extensionDir = DEFAULT_EXTENSION,
  pages = generatePages(),
  log = (line) => console.error(line),
} = {}) {
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is not installed (set CHROMIUM_BIN)`);
  if (!existsSync(join(extensionDir, 'manifest.json')))
    throw new Error(`${extensionDir} has no manifest.json: build the extension (npm run build)`);

  const pageDir = join(OUT_DIR, 'pages');
  mkdirSync(pageDir, { recursive: true });
  for (const p of pages) writeFileSync(join(pageDir, `${p.name}.html`), p.html);
  writeFileSync(join(pageDir, 'warmup.html'), WARMUP_HTML);

  const server = await serveFolders({ '/bench/': pageDir });
  const url = (name) => `${server.origin}/bench/${name}.html`;
  const scans = new Map(pages.map((p) => [p.name, []]));
  const cold = new Map(pages.map((p) => [p.name, []]));
  const backgroundCold = new Map(pages.map((p) => [p.name, []]));
  const firstStart = new Map(pages.map((p) => [p.name, []]));
  const contentScriptFloor = new Map(pages.map((p) => [p.name, []]));
  const warm = new Map();
  // The first-use probe (first-use.mjs) on the shortest story page: what the browser charges
  // our scan there that the floor does not pay.
  const firstUsePage = pages
    .filter((p) => p.kind === 'story')
    .reduce((a, b) => (a && a.words <= b.words ? a : b), undefined);
  const firstUse = [];
  let extension;
  let plain;
  let floor;
  let firstUseBrowser;
  try {
    extension = await launchWithExtension(extensionDir, { traceWorker: true });
    plain = await launchPlain();
    const floorDir = floorExtension();
    floor = await launchWithExtension(floorDir).finally(() =>
      rmSync(floorDir, { recursive: true, force: true }),
    );
    await floorScriptPass(floor.context, url('warmup'));
    if (firstUsePage) {
      const firstUseDir = firstUseExtension();
      firstUseBrowser = await launchWithExtension(firstUseDir).finally(() =>
        rmSync(firstUseDir, { recursive: true, force: true }),
      );
      await firstUsePass(firstUseBrowser.context, url('warmup'));
    }
    // One discarded tab first, so that starting the browser and the extension's service
    // worker is not billed to whichever page happens to be measured first.
    await firstScan(extension.context, url('warmup'), 'warmup', 20_000);
    // Runs interleave the pages, and the cold floor's fresh tabs interleave with the scans, so
    // drift in the machine's load spreads over all pages and hits scan and floor alike.
    for (let run = 1; run <= Math.max(runs, COLD_TABS); run++) {
      for (const p of pages) {
        if (run <= runs) {
          const r = await firstScan(extension.context, url(p.name), p.name, scanTimeout(p));
          scans.get(p.name).push({ run, ...r });
          log(
            `${p.name} run ${run}/${runs}: busy ${fmt(r.busyMs)} ms, ` +
              `CPU ${r.cpuMs === null ? '?' : fmt(r.cpuMs)} ms, wall ${fmt(r.wallMs)} ms, ` +
              `longest task ${fmt(r.longestTaskMs)} ms, ${r.highlights} highlights`,
          );
        }
        if (run <= COLD_TABS) {
          cold.get(p.name).push(await coldPass(plain.browser, url(p.name)));
          contentScriptFloor.get(p.name).push(await floorScriptPass(floor.context, url(p.name)));
          if (p === firstUsePage)
            firstUse.push(await firstUsePass(firstUseBrowser.context, url(p.name)));
        }
      }
    }
    for (const p of pages.filter((x) => x.kind === 'story'))
      for (let run = 1; run <= BACKGROUND_COLD_RUNS; run++) {
        await stopBackground(extension.context);
        const r = await firstScan(extension.context, url(p.name), p.name, scanTimeout(p), {
          traceWorker: extension.traceWorker,
        });
        backgroundCold.get(p.name).push({ run, ...r });
        log(
          `${p.name} background-cold run ${run}/${BACKGROUND_COLD_RUNS}: busy ${fmt(r.busyMs)} ms, ` +
            `CPU ${r.cpuMs === null ? '?' : fmt(r.cpuMs)} ms, wall ${fmt(r.wallMs)} ms, ` +
            `background ${fmt(r.engineMs)} ms (cold: ${r.engineCold}), ${workerLine(r.worker)}`,
        );
      }
    // The first article after installing, in a profile of its own each time (see the top).
    for (const p of pages.filter((x) => x.kind === 'story'))
      for (let run = 1; run <= FIRST_START_RUNS; run++) {
        const fresh = await launchWithExtension(extensionDir, { traceWorker: true });
        try {
          const r = await firstScan(fresh.context, url(p.name), p.name, scanTimeout(p), {
            traceWorker: fresh.traceWorker,
          });
          firstStart.get(p.name).push({ run, ...r });
          log(
            `${p.name} background first-start run ${run}/${FIRST_START_RUNS}: ` +
              `busy ${fmt(r.busyMs)} ms, wall ${fmt(r.wallMs)} ms, ` +
              `background ${fmt(r.engineMs)} ms (cold: ${r.engineCold}), ${workerLine(r.worker)}`,
          );
        } finally {
          await fresh.close();
        }
      }
    for (const p of pages) {
      warm.set(p.name, await warmPasses(plain.browser, url(p.name)));
      const c = stats(cold.get(p.name).map((x) => x.ms)).median;
      const cs = stats(contentScriptFloor.get(p.name).map((x) => x.busyMs)).median;
      log(
        `${p.name} floor: cold ${fmt(c)} ms, as a content script ${fmt(cs)} ms, ` +
          `warm ${fmt(stats(warm.get(p.name).slice(2)).median)} ms`,
      );
    }
  } finally {
    await extension?.close();
    await plain?.close();
    await floor?.close();
    await firstUseBrowser?.close();
    await server.close();
  }
  return pages.map((p) => ({
    ...toRow(
      p,
      scans.get(p.name),
      cold.get(p.name),
      warm.get(p.name),
      backgroundCold.get(p.name),
      firstStart.get(p.name),
    ),
    ...contentScriptFloorFields(scans.get(p.name), contentScriptFloor.get(p.name)),
    ...(p === firstUsePage && { firstUse: firstUseFields(firstUse) }),
  }));
}

/** The first-use probe's tabs: each step's time, and their sum, over the tabs. */
function firstUseFields(runs) {
  return {
    steps: FIRST_USE_STEPS.map(([key, name]) => ({
      key,
      name,
      ms: stats(runs.map((r) => r[key])),
    })),
    totalMs: stats(runs.map((r) => FIRST_USE_STEPS.reduce((sum, [key]) => sum + r[key], 0))),
    runs,
  };
}

/** The content-script floor's figures for a row, and our busy time against it. */
function contentScriptFloorFields(runs, floorRuns) {
  const busy = stats(floorRuns.map((x) => x.busyMs));
  return {
    contentScriptFloorMs: busy,
    contentScriptFloorRuns: floorRuns,
    ratioBusyToContentScriptFloor: stats(runs.map((r) => r.busyMs)).median / busy.median,
  };
}

/** Stops the extension's service worker; the next page's request starts it, cold. */
export async function stopBackground(context) {
  const page = await context.newPage();
  try {
    const cdp = await context.newCDPSession(page);
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
  } finally {
    await page.close();
  }
}

/** The worker's figures for a log line. */
const workerLine = (w) =>
  `worker CPU ${fmt(w.cpuMs)} ms` +
  (w.compileMs === null
    ? ' (script already loaded)'
    : ` (script: compile ${fmt(w.compileMs)} ms, ${w.cachedBytes ? `${w.cachedBytes} B from the code cache` : 'from source'}, evaluation ${w.runMs === null ? '?' : fmt(w.runMs)} ms)`);

/** 20 s, or 1 ms a word on pages over 20,000 words. */
const scanTimeout = (page) => Math.max(20_000, page.words);

/** Our main-thread CPU over runs, or null when any run's trace had no scan window. */
const cpuStats = (runs) =>
  runs.every((r) => typeof r.cpuMs === 'number') ? stats(runs.map((r) => r.cpuMs)) : null;

/** The background's matching time over runs that reported it (null on off-topic pages). */
function engineStats(runs) {
  const ms = runs.map((r) => r.engineMs).filter((x) => typeof x === 'number');
  return ms.length ? stats(ms) : null;
}

/** A set of runs that each found the background stopped or new, or null without runs. */
function backgroundColdFields(runs) {
  if (runs.length === 0) return null;
  const workers = runs.map((r) => r.worker);
  return {
    firstScanBusyMs: stats(runs.map((r) => r.busyMs)),
    firstScanWallMs: stats(runs.map((r) => r.wallMs)),
    cpuMs: cpuStats(runs),
    backgroundMs: engineStats(runs),
    // The worker's own thread time (worker-cpu.mjs), when every run was traced.
    workerCpuMs: workers.every(Boolean) ? stats(workers.map((w) => w.cpuMs)) : null,
    // Whether every run really found the background stopped (its matcher built anew).
    allCold: runs.every((r) => r.engineCold === true),
  };
}

function toRow(page, runs, cold, warm, backgroundColdRuns = [], firstStartRuns = []) {
  const coldMs = stats(cold.map((x) => x.ms)).median;
  const { highlights, sentences } = runs[0];
  // The scan is deterministic; if runs disagree the table must not hide it.
  const disagree = runs.filter((r) => r.highlights !== highlights || r.sentences !== sentences);
  if (disagree.length > 0)
    console.error(`warning: ${page.name}: highlights/sentences differ between runs`);
  const busy = stats(runs.map((r) => r.busyMs));
  const wall = stats(runs.map((r) => r.wallMs));
  return {
    page: page.name,
    kind: page.kind,
    words: page.words,
    runs,
    firstScanBusyMs: busy,
    // The two parts of busy: our slices, and V8 compiling our scripts before they could run.
    sliceBusyMs: stats(runs.map((r) => r.sliceBusyMs)),
    compileMs: stats(runs.map((r) => r.compileMs)),
    // Thread time of our main-thread tasks (null when a run's trace had no scan window).
    cpuMs: cpuStats(runs),
    firstScanWallMs: wall,
    longestTaskMs: stats(runs.map((r) => r.longestTaskMs)),
    longestSliceMs: runs.every((r) => r.longestSliceMs !== null)
      ? stats(runs.map((r) => r.longestSliceMs))
      : null,
    longestTaskAfterLoadMs: stats(runs.map((r) => r.longestTaskAfterLoadMs)),
    // On the background's thread, not the page's: the runs above found it running.
    backgroundMs: engineStats(runs),
    // The worker's second and later starts (restarted, its code from the code cache).
    backgroundColdRuns,
    backgroundCold: backgroundColdFields(backgroundColdRuns),
    // Its first start: the first article after installing, in a fresh profile.
    backgroundFirstStartRuns: firstStartRuns,
    backgroundFirstStart: backgroundColdFields(firstStartRuns),
    highlights,
    sentences,
    coldFloorMs: coldMs,
    warmFloorMs: stats(warm.slice(2)).median,
    floorRunsMs: { cold: cold.map((x) => x.ms), warm },
    floorTokens: cold[0].tokens,
    // A document_idle script runs before `load` and holds it back: load with and without it.
    loadEventMs: stats(runs.map((r) => r.loadEventMs)),
    plainLoadEventMs: stats(cold.map((x) => x.loadEventMs)),
    ratioBusyToCold: busy.median / coldMs,
    ratioWallToCold: wall.median / coldMs,
  };
}

// ---------------------------------------------------------------------------------------------
// Browsers

/**
 * `traceWorker`: the browser also listens for DevTools on a port of its own choosing, so that
 * a browser-wide trace, which holds the extension's process, can be taken (traceWorker()).
 */
export async function launchWithExtension(extensionDir, { traceWorker = false } = {}) {
  const { chromium } = await import('playwright-core');
  const temp = mkdtempSync(join(tmpdir(), 'claimlight-bench-'));
  const profile = join(temp, 'profile');
  // A snapshot of the build: a rebuild while the benchmark runs must not mix two builds.
  const snapshot = join(temp, 'extension');
  cpSync(extensionDir, snapshot, { recursive: true });
  const manifest = JSON.parse(readFileSync(join(snapshot, 'manifest.json'), 'utf8'));
  const files = (manifest.content_scripts ?? []).flatMap((c) => [
    ...(c.js ?? []),
    ...(c.css ?? []),
  ]);
  const absent = files.filter((f) => !existsSync(join(snapshot, f)));
  if (absent.length > 0) {
    rmSync(temp, { recursive: true, force: true });
    throw new Error(
      `${extensionDir} is incomplete (${absent.join(', ')} missing): is a build running?`,
    );
  }
  let context;
  try {
    // As tests/e2e/harness.mjs launchChromium(), but with the extension given here.
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: false,
      viewport: VIEWPORT,
      args: [
        ...chromiumArgs(snapshot),
        '--headless=new',
        ...(traceWorker ? ['--remote-debugging-port=0'] : []),
      ],
    });
    // The service worker starting is the sign that Chromium accepted the extension.
    if (context.serviceWorkers().length === 0)
      await context.waitForEvent('serviceworker', { timeout: 15_000 }).catch(() => {
        throw new Error(`the extension in ${extensionDir} did not start within 15 s`);
      });
    await context.addInitScript(observeLongTasks);
  } catch (error) {
    await context?.close().catch(() => {});
    rmSync(temp, { recursive: true, force: true });
    throw error;
  }
  return {
    context,
    traceWorker: () => browserSession(profile),
    close: async () => {
      await context.close().catch(() => {});
      rmSync(temp, { recursive: true, force: true });
    },
  };
}

/**
 * A DevTools session on the whole browser using `profile` (launched with traceWorker): a trace
 * started on it holds every process, the extension's service worker too. Chromium runs one
 * trace at a time, so the tab's trace (traceScriptCompile) is taken on it as well.
 */
async function browserSession(profile) {
  const { chromium } = await import('playwright-core');
  // Chromium writes the port it chose in the profile, as the first line of this file.
  const port = readFileSync(join(profile, 'DevToolsActivePort'), 'utf8').split('\n')[0];
  const remote = await chromium.connectOverCDP(`http://127.0.0.1:${port}`);
  try {
    const cdp = await remote.newBrowserCDPSession();
    // Disconnects this client only; the browser stays with the bench's own connection.
    return { cdp, close: () => remote.close().catch(() => {}) };
  } catch (error) {
    await remote.close().catch(() => {});
    throw error;
  }
}

/** The same Chromium and flags, minus the extension. */
async function launchPlain() {
  const { chromium } = await import('playwright-core');
  const flags = chromiumArgs('').filter((a) => !a.includes('-extension'));
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: false,
    args: [...flags, '--headless=new'],
  });
  return { browser, close: () => browser.close().catch(() => {}) };
}

// ---------------------------------------------------------------------------------------------
// First scan, in a fresh tab of the browser with the extension

/** Init script (main world, before any page script): records every long task of the page. */
function observeLongTasks() {
  const store = { longTasks: [], observing: false };
  Object.defineProperty(window, '__claimlightBench', { value: store });
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries())
        store.longTasks.push({ startTime: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
    store.observing = true;
  } catch {
    // No longtask support: reported as "not observed" rather than as 0.
  }
}

/**
 * Runs in the page: resolves once the content script has finished its first scan, waits
 * SETTLE_MS more, and returns the timeline. "Finished" is data-claimlight set and a
 * claimlight:scan measure with detail.final === true; a build whose measures carry no `final`
 * at all (one measure per scan) is done at its first measure. Event-driven (observers), with a
 * slow poll as a safety net, so the wait itself adds next to no work to the main thread.
 */
async function awaitScan({ timeoutMs, settleMs }) {
  const state = () => {
    const scans = performance.getEntriesByName('claimlight:scan');
    const attribute = document.documentElement.getAttribute('data-claimlight');
    const chunked = scans.some(
      (e) => e.detail && typeof e.detail === 'object' && 'final' in e.detail,
    );
    const done = chunked ? scans.some((e) => e.detail.final === true) : scans.length > 0;
    return { attribute, measures: scans.length, done: attribute !== null && done };
  };
  const outcome = await new Promise((resolveWait) => {
    if (state().done) return resolveWait('done');
    const finish = (result) => {
      clearInterval(poll);
      clearTimeout(timer);
      mutations.disconnect();
      measures.disconnect();
      resolveWait(result);
    };
    const check = () => state().done && finish('done');
    const mutations = new MutationObserver(check);
    mutations.observe(document.documentElement, { attributeFilter: ['data-claimlight'] });
    const measures = new PerformanceObserver(check);
    measures.observe({ type: 'measure' });
    const poll = setInterval(check, 500);
    const timer = setTimeout(() => finish('timeout'), timeoutMs);
  });
  if (outcome === 'done') await new Promise((r) => setTimeout(r, settleMs));
  const nav = performance.getEntriesByType('navigation')[0];
  const plain = (detail) => (detail && typeof detail === 'object' ? { ...detail } : null);
  return {
    outcome,
    ...state(),
    scans: performance
      .getEntriesByName('claimlight:scan')
      .map((e) => ({ startTime: e.startTime, duration: e.duration, detail: plain(e.detail) })),
    loadEventStart: nav?.loadEventStart ?? 0,
    longTasks: window.__claimlightBench?.observing ? window.__claimlightBench.longTasks : null,
  };
}

/** Trace categories of both lists, each once. */
const joinCategories = (...lists) => [...new Set(lists.join(',').split(','))].join(',');

/**
 * `traceWorker` (from launchWithExtension): trace the whole browser instead of the tab, and
 * also report the service worker's figures (worker-cpu.mjs) as `worker`.
 */
export async function firstScan(context, url, name, timeoutMs, { traceWorker } = {}) {
  const page = await context.newPage();
  const session = traceWorker ? await traceWorker() : null;
  try {
    const compile = await traceScriptCompile(
      context,
      page,
      session ? joinCategories(TRACE_CATEGORIES, WORKER_TRACE_CATEGORIES) : TRACE_CATEGORIES,
      session?.cdp,
    );
    await page.goto(url, { waitUntil: 'load', timeout: 30_000 });
    // Backstop in case the renderer is stuck and the in-page timeout never fires.
    const t = await withTimeout(
      page.evaluate(awaitScan, { timeoutMs, settleMs: SETTLE_MS }),
      timeoutMs + 15_000,
      `${name}: the page did not answer within ${(timeoutMs + 15_000) / 1000} s`,
    );
    if (t.outcome !== 'done') {
      const seconds = timeoutMs / 1000;
      if (t.measures === 0)
        throw new Error(
          `no claimlight:scan measure after ${seconds} s on ${name}: is the extension built? ` +
            `(data-claimlight is ${t.attribute === null ? 'not set' : `"${t.attribute}"`})`,
        );
      throw new Error(
        `${name}: ${t.measures} claimlight:scan measure(s) but no final scan after ${seconds} s ` +
          `(data-claimlight is ${t.attribute === null ? 'not set' : `"${t.attribute}"`})`,
      );
    }
    if (t.longTasks === null) throw new Error('this Chromium does not report longtask entries');
    const chunked = t.scans.some((s) => s.detail && 'final' in s.detail);
    const scan = chunked ? t.scans.find((s) => s.detail?.final === true) : t.scans[0];
    const end = scan.startTime + scan.duration;
    const during = t.longTasks.filter(
      (x) => x.startTime < end && x.startTime + x.duration > scan.startTime,
    );
    const busy = scan.detail?.busyMs;
    const fromAttribute = Number(t.attribute.split(':')[1]);
    const { compileMs, events } = await compile.stop();
    const sliceBusyMs = typeof busy === 'number' ? busy : scan.duration;
    return {
      // Compiling our scripts happens before any of our code runs, so the slices cannot time it.
      busyMs: sliceBusyMs + compileMs,
      sliceBusyMs,
      compileMs,
      // Thread time of the main-thread tasks that ran our code in the scan (our-task-cpu.mjs).
      cpuMs: ourTaskCpu(events)?.cpuMs ?? null,
      // Our own longest slice (the content script's contribution to any long task), when the
      // build reports it; the long tasks below also hold the browser's own page-load work.
      longestSliceMs:
        typeof scan.detail?.longestSliceMs === 'number' ? scan.detail.longestSliceMs : null,
      longestSlicePhase: scan.detail?.longestSlicePhase ?? null,
      // Our slices' time by phase (start-up, first look, loading the reader, article, ...).
      phaseMs: scan.detail?.phaseMs ?? null,
      // Their thread time, where a scratch build stamps its phases (phase-stamps.mjs); else null.
      stampMs: stampPhases(events),
      busySource: typeof busy === 'number' ? 'detail.busyMs' : 'duration',
      wallMs: scan.duration,
      scanStartMs: scan.startTime,
      loadEventMs: t.loadEventStart,
      measures: t.measures,
      longestTaskMs: longest(during),
      // Relative to the scan's start; a negative start is a task that began before the measure
      // (e.g. evaluating the content script itself).
      longTasks: during.map((x) => ({
        startMs: x.startTime - scan.startTime,
        durationMs: x.duration,
      })),
      // Chromium runs document_idle scripts before `load` and the load event waits for the
      // scan's slices, so on these pages this is mostly 0: the scan is over by then.
      longestTaskAfterLoadMs: longest(t.longTasks.filter((x) => x.startTime >= t.loadEventStart)),
      highlights:
        scan.detail?.highlights ?? (Number.isFinite(fromAttribute) ? fromAttribute : null),
      sentences: scan.detail?.sentences ?? null,
      engineMs: typeof scan.detail?.engineMs === 'number' ? scan.detail.engineMs : null,
      engineCold: scan.detail?.engineCold ?? null,
      ...(session && { worker: workerCpu(events) }),
    };
  } finally {
    await page.close().catch(() => {});
    await session?.close();
  }
}

const longest = (tasks) => tasks.reduce((max, x) => Math.max(max, x.duration), 0);

/**
 * The page's main-thread time spent loading the extension's code, from a trace of the tab: V8
 * compiles a content script on the page's main thread before running it, and evaluates a
 * module the content script imports (the reader) before handing it over, neither of which a
 * clock inside our code can see. `stop()` ends the trace and returns the sum, on the renderer's
 * main thread, of `v8.compile` / `v8.compileModule` for chrome-extension:// scripts and of
 * `v8.evaluateModule` in an isolated world. (The reader module itself is parsed on a
 * background thread.) It also returns the events, for ourTaskCpu when `categories` asks for
 * what it needs (the default, devtools.timeline, is enough for the compile time alone).
 */
async function traceScriptCompile(context, page, categories = 'devtools.timeline', session) {
  const cdp = session ?? (await context.newCDPSession(page));
  const events = [];
  cdp.on('Tracing.dataCollected', (e) => events.push(...e.value));
  const complete = new Promise((resolveComplete) =>
    cdp.once('Tracing.tracingComplete', resolveComplete),
  );
  await cdp.send('Tracing.start', {
    categories,
    transferMode: 'ReportEvents',
  });
  return {
    async stop() {
      await cdp.send('Tracing.end');
      await complete;
      if (!session) await cdp.detach().catch(() => {});
      const mainThreads = new Set(
        events
          .filter(
            (e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain',
          )
          .map((e) => `${e.pid}:${e.tid}`),
      );
      const ours = (e) =>
        // Compiling a script or module of the extension (a module is parsed off the main thread;
        // what is left on it is compileModule), or evaluating a module in an isolated world.
        ((e.name === 'v8.compile' || e.name === 'v8.compileModule') &&
          String(e.args?.data?.url ?? '').startsWith('chrome-extension://')) ||
        (e.name === 'v8.evaluateModule' &&
          typeof e.args?.worldName === 'string' &&
          e.args.worldName !== '');
      let ms = 0;
      for (const e of events)
        if (e.ph === 'X' && mainThreads.has(`${e.pid}:${e.tid}`) && ours(e))
          ms += (e.dur ?? 0) / 1000;
      return { compileMs: ms, events };
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Floors, in a browser without the extension

/** Runs in the page: the minimal read of the page's text, timed. */
function textPass() {
  const t0 = performance.now();
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  let text = '';
  for (let node = walker.nextNode(); node; node = walker.nextNode()) text += node.data;
  const lower = text.toLowerCase();
  let tokens = 0;
  for (const _ of lower.matchAll(/[\p{L}\p{N}]+/gu)) tokens++;
  return { ms: performance.now() - t0, tokens };
}

/** The pass once, in a fresh tab (a new browser context: nothing warm from earlier tabs). */
async function coldPass(browser, url) {
  const page = await browser.newPage({ viewport: VIEWPORT });
  try {
    await page.goto(url, { waitUntil: 'load', timeout: 30_000 });
    const { ms, tokens } = await page.evaluate(textPass);
    const loadEventMs = await page.evaluate(
      () => performance.getEntriesByType('navigation')[0].loadEventStart,
    );
    return { ms, tokens, loadEventMs };
  } finally {
    await page.context().close();
  }
}

/**
 * The simplest possible content script, as a throwaway extension: at document_idle it makes
 * textPass() once and leaves its time on the page. Like ours, it has a service worker (an empty
 * one), so the browser around both runs the same processes. Returns the extension's folder.
 */
function floorExtension() {
  const dir = mkdtempSync(join(tmpdir(), 'claimlight-floor-'));
  writeFileSync(
    join(dir, 'manifest.json'),
    JSON.stringify({
      manifest_version: 3,
      name: 'claimlight bench floor',
      version: '0.0.1',
      background: { service_worker: 'background.js' },
      content_scripts: [
        {
          matches: ['http://127.0.0.1/*', 'http://localhost/*'],
          run_at: 'document_idle',
          js: ['floor.js'],
        },
      ],
    }),
  );
  writeFileSync(join(dir, 'background.js'), '');
  // Timed from its first statement, as content.js is (scripts/started-banner.ts).
  writeFileSync(
    join(dir, 'floor.js'),
    `var floorStarted = performance.now();
var floorTokens = (${textPass.toString()})().tokens;
document.documentElement.setAttribute('data-claimlight-floor',
  JSON.stringify({ ms: performance.now() - floorStarted, tokens: floorTokens }));
`,
  );
  return dir;
}

/** What a throwaway extension's content script left on <html> as JSON, once it is there. */
async function resultOnPage(page, attribute) {
  const handle = await page.waitForFunction(
    (name) => document.documentElement.getAttribute(name),
    attribute,
    { timeout: 30_000 },
  );
  return JSON.parse(await handle.jsonValue());
}

/** The first-use probe (first-use.mjs) once, in a fresh tab: each step's time. */
async function firstUsePass(context, url) {
  const page = await context.newPage();
  try {
    await page.goto(url, { waitUntil: 'load', timeout: 30_000 });
    return await resultOnPage(page, FIRST_USE_ATTRIBUTE);
  } finally {
    await page.close().catch(() => {});
  }
}

/** The floor extension's pass in a fresh tab: its time plus V8 compiling it (traced). */
async function floorScriptPass(context, url) {
  const page = await context.newPage();
  try {
    const compile = await traceScriptCompile(context, page);
    await page.goto(url, { waitUntil: 'load', timeout: 30_000 });
    const { ms, tokens } = await resultOnPage(page, 'data-claimlight-floor');
    const { compileMs } = await compile.stop();
    return { busyMs: ms + compileMs, passMs: ms, compileMs, tokens };
  } finally {
    await page.close().catch(() => {});
  }
}

/** WARM_PASSES passes in one tab; the caller takes the median of passes 3 and later. */
async function warmPasses(browser, url) {
  const page = await browser.newPage({ viewport: VIEWPORT });
  try {
    await page.goto(url, { waitUntil: 'load', timeout: 30_000 });
    // Installed once so that every pass runs the same function object and its JIT feedback.
    await page.evaluate(`window.__claimlightTextPass = ${textPass.toString()}`);
    const ms = [];
    for (let i = 0; i < WARM_PASSES; i++)
      ms.push((await page.evaluate(() => window.__claimlightTextPass())).ms);
    return ms;
  } finally {
    await page.context().close();
  }
}

// ---------------------------------------------------------------------------------------------
// --probe: are isolated-world measures and long tasks visible to the main world?

/**
 * Loads a throwaway extension whose content script busy-loops 150 ms in its isolated world and
 * records a measure, and checks from the main world, exactly as the benchmark reads them, that
 * the measure (with its detail) and a long task covering it are both visible.
 */
export async function probe() {
  const dir = mkdtempSync(join(tmpdir(), 'claimlight-probe-'));
  const extensionDir = join(dir, 'extension');
  const pageDir = join(dir, 'pages');
  mkdirSync(extensionDir);
  mkdirSync(pageDir);
  writeFileSync(
    join(extensionDir, 'manifest.json'),
    JSON.stringify({
      manifest_version: 3,
      name: 'claimlight bench probe',
      version: '0.0.1',
      background: { service_worker: 'background.js' },
      content_scripts: [
        { matches: ['http://127.0.0.1/*'], run_at: 'document_idle', js: ['cs.js'] },
      ],
    }),
  );
  writeFileSync(join(extensionDir, 'background.js'), '');
  writeFileSync(
    join(extensionDir, 'cs.js'),
    `const start = performance.now();
     while (performance.now() - start < 150) {}
     performance.measure('claimlight:scan', { start, end: performance.now(),
       detail: { highlights: 7, sentences: 9, final: true, busyMs: 150 } });
     document.documentElement.setAttribute('data-claimlight', 'highlights:7');`,
  );
  writeFileSync(join(pageDir, 'probe.html'), WARMUP_HTML);
  const server = await serveFolders({ '/probe/': pageDir });
  const extension = await launchWithExtension(extensionDir);
  try {
    const r = await firstScan(
      extension.context,
      `${server.origin}/probe/probe.html`,
      'probe',
      10_000,
    );
    const checks = {
      'measure visible in the main world': r.wallMs >= 150,
      'measure detail readable in the main world': r.highlights === 7 && r.sentences === 9,
      'detail.busyMs used as busy time': r.busySource === 'detail.busyMs',
      'long task over the busy loop observed': r.longestTaskMs >= 150,
      // Thread time, not wall: under load the spin gets only its share of a CPU, so only > 0.
      'busy loop traced as our CPU': typeof r.cpuMs === 'number' && r.cpuMs > 0,
    };
    return { result: r, checks, ok: Object.values(checks).every(Boolean) };
  } finally {
    await extension.close();
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

// ---------------------------------------------------------------------------------------------
// Helpers and CLI

export const WARMUP_HTML =
  '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Warm-up</title></head>' +
  '<body><main><article><h1>Warm-up</h1><p>Nothing to see here.</p></article></main></body></html>\n';

export function stats(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  const median = sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  return { median, min: sorted[0], max: sorted[sorted.length - 1] };
}

function withTimeout(promise, ms, message) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(message)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

const fmt = (ms) => (ms >= 100 ? ms.toFixed(0) : ms.toFixed(1));
const range = (s) => `${fmt(s.median)} (${fmt(s.min)}–${fmt(s.max)})`;

export function formatTable(rows) {
  const header = [
    'page',
    'words',
    'first scan busy ms',
    'our CPU ms',
    'wall ms',
    'longest task ms',
    'cold floor',
    'warm floor',
    'busy/cold',
    'highlights',
  ];
  const body = rows.map((r) => [
    r.page,
    r.words.toLocaleString('en-US'),
    range(r.firstScanBusyMs),
    r.cpuMs ? range(r.cpuMs) : '?',
    range(r.firstScanWallMs),
    range(r.longestTaskMs),
    fmt(r.coldFloorMs),
    fmt(r.warmFloorMs),
    `${r.ratioBusyToCold.toFixed(1)}×`,
    String(r.highlights ?? '?'),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((row) => row[i].length)));
  const line = (cells) => `| ${cells.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`;
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...body.map(line)].join('\n');
}

async function main() {
  const { values } = parseArgs({
    options: {
      runs: { type: 'string', default: '5' },
      pages: { type: 'string' },
      extension: { type: 'string', default: DEFAULT_EXTENSION },
      out: { type: 'string', default: join(OUT_DIR, 'browser.json') },
      probe: { type: 'boolean', default: false },
    },
  });
  if (values.probe) {
    const { checks, result, ok } = await probe();
    for (const [what, passed] of Object.entries(checks))
      console.log(`${passed ? 'ok ' : 'FAIL'} ${what}`);
    console.log(JSON.stringify(result));
    process.exitCode = ok ? 0 : 1;
    return;
  }
  const runs = Number(values.runs);
  if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs must be a positive integer`);
  let pages = generatePages();
  if (values.pages) {
    const wanted = values.pages.split(',');
    const unknown = wanted.filter((w) => !pages.some((p) => p.name === w));
    if (unknown.length) throw new Error(`unknown page(s): ${unknown.join(', ')}`);
    pages = pages.filter((p) => wanted.includes(p.name));
  }
  const extensionDir = resolve(values.extension);
  // Other work on the machine inflates every number here (time on a descheduled thread still
  // counts), so the load is recorded next to the results.
  const loadBefore = loadavg()[0];
  if (loadBefore > cpus().length / 2)
    console.error(
      `warning: load average ${loadBefore.toFixed(1)} on ${cpus().length} CPUs: expect noise`,
    );
  const rows = await runBrowserBench({ runs, extensionDir, pages });
  const machine = {
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model,
    loadAverage: { before: loadBefore, after: loadavg()[0] },
  };
  console.log(formatTable(rows));
  console.log(
    `\nload average ${machine.loadAverage.before.toFixed(1)} → ${machine.loadAverage.after.toFixed(1)} on ${machine.cpus} CPUs`,
  );
  mkdirSync(OUT_DIR, { recursive: true });
  const report = {
    date: new Date().toISOString(),
    chromium: chromiumVersion(),
    machine,
    extensionDir,
    runs,
    rows,
  };
  writeFileSync(values.out, `${JSON.stringify(report, null, 2)}\n`);
  console.log(`wrote ${values.out}`);
}

function chromiumVersion() {
  try {
    // Debian's wrapper script prints a harmless complaint on stderr; the version is on stdout.
    return execFileSync(CHROMIUM, ['--version'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
  } catch {
    return null;
  }
}

if (process.argv[1] && resolve(process.argv[1]) === import.meta.filename) {
  main().catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  });
}
