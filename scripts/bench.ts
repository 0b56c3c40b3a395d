/**
 * `npm run bench`: what Claimlight costs a reader, and whether that is acceptable.
 *
 *   npm run bench                 the full run (several minutes)
 *   npm run bench -- --quick      one run per page, no 50k-word page, no 10,000-claim pack
 *   npm run bench -- --no-browser Node, knowledge-base scale and bundle only
 *
 * 1. Browser (the figure that counts): the content script's first scan in a fresh tab of real
 *    Chromium with the built extension, next to the cheapest conceivable read of the same page
 *    (scripts/bench/browser.mjs, on the pages of scripts/bench/pages.mjs).
 * 2. Node: the engine alone on the same pages' article text, cold and warm (bench/node.ts).
 * 3. Knowledge-base scale: the real pack against synthetic packs of 1,000 and 10,000 claims
 *    (bench/synthetic-pack.ts, bench/scale.ts).
 * 4. Bundle: the built scripts' sizes, the embedded story apart from the code (bench/bundle.ts).
 * Then the targets, PASS or MISS; bench-output/bench.json holds every figure and
 * bench-output/bench.svg draws them (bench/chart.ts). Exits non-zero when a target is missed or
 * a section could not be measured. Progress goes to stderr, the report to stdout.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { pack } from '../data/index';
import { compileStory } from '../engine/compile-story';
import { shipStory } from '../engine/ship-story';
import { type BundleRow, measureBundle } from './bench/bundle';
import { type Panel, renderChart, type Series } from './bench/chart';
import {
  articleOf,
  type BenchPage,
  createWorkdir,
  measureNode,
  type NodeRow,
  type PageText,
  type Stats,
} from './bench/node';
import { runScaleBench, type ScaleRow } from './bench/scale';

const { values: flags } = parseArgs({
  options: { quick: { type: 'boolean' }, 'no-browser': { type: 'boolean' } },
});
const QUICK = flags.quick ?? false;
const BROWSER = !(flags['no-browser'] ?? false);

const ROOT = path.resolve(import.meta.dirname, '..');
const OUT_DIR = path.join(ROOT, 'bench-output');
const EXTENSION = path.join(ROOT, '.output/chrome-mv3');
const RUNS = QUICK ? 1 : 5;
const WARM_CALLS = 20;
const CLAIM_COUNTS = QUICK ? [pack.claims.length, 1_000] : [pack.claims.length, 1_000, 10_000];
/** The pages the knowledge-base scale is measured on. */
const SCALE_PAGES = ['story-10k', 'offtopic-10k'];

/** What a reader must not feel. Ratios are against the cold floor (see browser.mjs). */
const TARGETS = {
  storyBusyToCold: 3,
  offtopicBusyToCold: 1.5,
  longestTaskMs: 50,
  /** Node cold first match with the 10,000-claim pack, against the bundled pack. */
  kb10kToBundled: 3,
  /** Content script without the story data, gzip, bytes (kB = 1,000 bytes). */
  contentCodeGzip: 35_000,
};

const log = (line: string) => console.error(line);
const errorText = (e: unknown) => (e instanceof Error ? e.message : String(e));

type Section<T> =
  | { status: 'ok'; rows: T[] }
  | { status: 'skipped'; reason: string }
  | { status: 'failed'; error: string };

/** A row of scripts/bench/browser.mjs (the fields this report reads). */
type BrowserRow = {
  page: string;
  kind: 'story' | 'offtopic';
  words: number;
  /** Our slices plus V8 compiling our scripts (sliceBusyMs + compileMs, run by run). */
  firstScanBusyMs: Stats;
  sliceBusyMs: Stats;
  compileMs: Stats;
  /**
   * Thread (CPU) time of the main-thread tasks that ran our code in the first scan, from the
   * tab's trace (scripts/bench/our-task-cpu.mjs): busy without the waiting of a loaded machine.
   * Null for rows written before it existed.
   */
  cpuMs?: Stats | null;
  firstScanWallMs: Stats;
  longestTaskMs: Stats;
  /** The scan's own longest slice (null for builds that do not report it). */
  longestSliceMs: Stats | null;
  highlights: number | null;
  sentences: number | null;
  coldFloorMs: number;
  warmFloorMs: number;
  /** The same pass as the simplest content script (its own extension, timed as ours is). */
  contentScriptFloorMs: Stats;
  ratioBusyToContentScriptFloor: number;
  ratioBusyToCold: number;
  ratioWallToCold: number;
  /** The background's matching time (its own thread), the background already running. */
  backgroundMs: Stats | null;
  /**
   * Story pages again, each run right after the background was stopped: the worker's second and
   * later starts (its code from Chromium's code cache).
   */
  backgroundCold: BackgroundCold | null;
  /** Story pages in a fresh profile each: the first article after installing. */
  backgroundFirstStart?: BackgroundCold | null;
  /** On the shortest story page: the browser's charge for the first use of what a scan calls. */
  firstUse?: { steps: { key: string; name: string; ms: Stats }[]; totalMs: Stats };
};

type BackgroundCold = {
  firstScanBusyMs: Stats;
  firstScanWallMs: Stats;
  cpuMs?: Stats | null;
  backgroundMs: Stats | null;
  /** The service worker's own CPU (its thread's task time), from a browser-wide trace. */
  workerCpuMs?: Stats | null;
  allCold: boolean;
};

// ---------------------------------------------------------------------------------------------
// 0. The build and the pages

const warnings: string[] = [];
/** Other work on the machine inflates every figure: recorded so a noisy run can be told apart. */
const loadBefore = os.loadavg()[0] ?? 0;

/** Newest modification time of the files that make up the built extension. */
function newestSource(): number {
  let newest = 0;
  const visit = (p: string) => {
    if (!existsSync(p)) return;
    const s = statSync(p);
    if (s.isDirectory()) for (const f of readdirSync(p)) visit(path.join(p, f));
    else newest = Math.max(newest, s.mtimeMs);
  };
  for (const p of ['engine', 'page', 'entrypoints', 'components', 'data', 'wxt.config.ts'])
    visit(path.join(ROOT, p));
  return newest;
}

function ensureBuild(): void {
  const content = path.join(EXTENSION, 'content-scripts/content.js');
  if (!existsSync(path.join(EXTENSION, 'manifest.json')) || !existsSync(content)) {
    log(`no build in ${path.relative(ROOT, EXTENSION)}: running npm run build`);
    // The build's own output goes to stderr so that stdout stays the report.
    execFileSync('npm', ['run', 'build'], { cwd: ROOT, stdio: ['ignore', 2, 2] });
  } else if (statSync(content).mtimeMs < newestSource()) {
    const w = `the build in ${path.relative(ROOT, EXTENSION)} is older than the sources: browser and bundle figures describe the old build (npm run build)`;
    warnings.push(w);
    log(`warning: ${w}`);
  }
}

let pages: BenchPage[] = [];
let pagesError: string | null = null;
try {
  ensureBuild();
} catch (e) {
  warnings.push(`build failed: ${errorText(e)}`);
  log(`npm run build failed: ${errorText(e)}`);
}
try {
  // Imported at run time: a plain .mjs the type checker does not read, which may not exist yet.
  const mod = (await import(new URL('./bench/pages.mjs', import.meta.url).href)) as {
    generatePages: () => BenchPage[];
  };
  pages = mod.generatePages().filter((p) => !(QUICK && p.name === 'story-50k'));
} catch (e) {
  pagesError = `scripts/bench/pages.mjs: ${errorText(e)}`;
  log(`cannot generate the pages: ${pagesError}`);
}

// ---------------------------------------------------------------------------------------------
// 1. Browser

async function browserSection(): Promise<Section<BrowserRow>> {
  if (!BROWSER) return { status: 'skipped', reason: '--no-browser' };
  if (pagesError) return { status: 'failed', error: pagesError };
  try {
    const mod = (await import(new URL('./bench/browser.mjs', import.meta.url).href)) as {
      runBrowserBench: (o: {
        runs: number;
        extensionDir: string;
        pages: BenchPage[];
        log: (line: string) => void;
      }) => Promise<BrowserRow[]>;
    };
    log(`browser: ${RUNS} run(s) per page`);
    return {
      status: 'ok',
      rows: await mod.runBrowserBench({ runs: RUNS, extensionDir: EXTENSION, pages, log }),
    };
  } catch (e) {
    log(`browser benchmark failed: ${errorText(e)}`);
    return { status: 'failed', error: `scripts/bench/browser.mjs: ${errorText(e)}` };
  }
}
const browser = await browserSection();

// ---------------------------------------------------------------------------------------------
// 2. Node, and 3. knowledge-base scale (same child processes, same files)

const work = createWorkdir();
/** Each page's article text and the file the child processes read it from. */
let texts: { text: PageText; file: string }[] = [];

function nodeSection(): Section<NodeRow> {
  if (pagesError) return { status: 'failed', error: pagesError };
  try {
    texts = pages.map((p) => {
      const text = articleOf(p);
      return { text, file: work.file(`${p.name}.json`, JSON.stringify(text)) };
    });
    // The story exactly as scripts/story-plugin.ts embeds it in the background.
    const json = JSON.stringify(shipStory(compileStory(pack)));
    const storyFile = work.file('story.json', json);
    const rows = texts.map(({ text, file }) => {
      const row = measureNode({
        storyFile,
        storyBytes: Buffer.byteLength(json),
        page: text,
        pageFile: file,
        samples: RUNS,
        warmCalls: WARM_CALLS,
      });
      log(
        `node ${text.name}: cold ${row.coldMs.median.toFixed(1)} ms, warm ${row.warmMs.median.toFixed(1)} ms`,
      );
      return row;
    });
    return { status: 'ok', rows };
  } catch (e) {
    log(`node benchmark failed: ${errorText(e)}`);
    return { status: 'failed', error: errorText(e) };
  }
}
const node = nodeSection();

function scaleSection(): Section<ScaleRow> {
  if (node.status !== 'ok')
    return { status: 'failed', error: 'needs the Node rows of the real pack' };
  try {
    const chosen = texts.filter((t) => SCALE_PAGES.includes(t.text.name));
    if (chosen.length !== SCALE_PAGES.length)
      throw new Error(`pages ${SCALE_PAGES.join(', ')} not generated`);
    return {
      status: 'ok',
      rows: runScaleBench({
        realPack: pack,
        claimCounts: CLAIM_COUNTS,
        pages: chosen,
        baseline: new Map(node.rows.map((r) => [r.page, r])),
        file: work.file,
        samples: RUNS,
        warmCalls: WARM_CALLS,
        log,
      }),
    };
  } catch (e) {
    log(`knowledge-base scale failed: ${errorText(e)}`);
    return { status: 'failed', error: errorText(e) };
  }
}
const scale = scaleSection();
work.remove();

// ---------------------------------------------------------------------------------------------
// 4. Bundle

function bundleSection(): Section<BundleRow> {
  try {
    return { status: 'ok', rows: measureBundle(EXTENSION) };
  } catch (e) {
    log(`bundle sizes failed: ${errorText(e)}`);
    return { status: 'failed', error: errorText(e) };
  }
}
const bundle = bundleSection();

// ---------------------------------------------------------------------------------------------
// Report

const ms = (n: number) => (n < 10 ? n.toFixed(2) : n.toFixed(1));
const range = (s: Stats) => `${ms(s.median)} (${ms(s.min)}–${ms(s.max)})`;
const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
const ratio = (r: number) => `${r.toFixed(2)}×`;

/** Columns padded to their widest cell; text left, everything else right. */
function table(title: string, head: string[], rows: (string | number)[][]): string {
  const cells = [head, ...rows.map((r) => r.map(String))];
  const widths = head.map((_, i) => Math.max(...cells.map((r) => (r[i] ?? '').length)));
  const line = (r: string[]) =>
    r.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join('  ');
  return [
    title,
    line(head),
    widths.map((w) => '─'.repeat(w)).join('  '),
    ...cells.slice(1).map(line),
  ].join('\n');
}

/** A section as a table, or why it has none. */
function section<T>(
  title: string,
  s: Section<T>,
  head: string[],
  cells: (rows: T[]) => (string | number)[][],
): string {
  if (s.status === 'ok') return table(title, head, cells(s.rows));
  return `${title}\n  ${s.status === 'skipped' ? `skipped (${s.reason})` : `FAILED: ${s.error}`}`;
}

const plural = (n: number, word: string, many = `${word}s`) => `${n} ${n === 1 ? word : many}`;

/** The two cold-background tables: a page's first scan, and the worker's own figures. */
const backgroundColdColumns = [
  'page',
  'busy',
  'our CPU',
  'wall',
  'background (cold)',
  'worker CPU',
  'busy/cold floor',
  'background cold',
];
function backgroundColdRow(r: BrowserRow, c: BackgroundCold): string[] {
  return [
    r.page,
    range(c.firstScanBusyMs),
    c.cpuMs ? range(c.cpuMs) : '?',
    range(c.firstScanWallMs),
    c.backgroundMs ? range(c.backgroundMs) : '?',
    c.workerCpuMs ? range(c.workerCpuMs) : '?',
    ratio(c.firstScanBusyMs.median / r.coldFloorMs),
    c.allCold ? 'every run' : 'NOT every run',
  ];
}
/** A cold-background table of the pages that have the runs `of` picks. */
function backgroundColdSection(
  title: string,
  of: (r: BrowserRow) => BackgroundCold | null | undefined,
): string {
  const rows = browser.status === 'ok' ? browser.rows.filter((r) => of(r)) : [];
  return section(
    title,
    browser.status === 'ok' ? { status: 'ok', rows } : browser,
    backgroundColdColumns,
    (picked) => picked.map((r) => backgroundColdRow(r, of(r) as BackgroundCold)),
  );
}
const report: string[] = [
  section(
    `Browser: first scan in a fresh tab (${plural(RUNS, 'run')} a page; ms median (min–max); busy = our slices + V8 compiling and evaluating our code (traced), wall time; our CPU = thread time of the main-thread tasks that ran our code (traced), what busy is without waiting for a loaded CPU; floors: one plain text pass, cold = fresh tab, also run as the simplest content script; targets use the cold floor)`,
    browser,
    [
      'page',
      'words',
      'busy',
      'of it loading code',
      'our CPU',
      'wall',
      'longest task',
      'our longest slice',
      'cold floor',
      'as a content script',
      'warm floor',
      'busy/cold',
      'busy/content script',
      'wall/cold',
      'background',
      'highlights',
      'sentences',
    ],
    (rows) =>
      rows.map((r) => [
        r.page,
        r.words,
        range(r.firstScanBusyMs),
        ms(r.compileMs.median),
        r.cpuMs ? range(r.cpuMs) : '?',
        range(r.firstScanWallMs),
        `${ms(r.longestTaskMs.max)} max`,
        r.longestSliceMs ? `${ms(r.longestSliceMs.max)} max` : '?',
        ms(r.coldFloorMs),
        ms(r.contentScriptFloorMs.median),
        ms(r.warmFloorMs),
        ratio(r.ratioBusyToCold),
        ratio(r.ratioBusyToContentScriptFloor),
        ratio(r.ratioWallToCold),
        r.backgroundMs ? range(r.backgroundMs) : '–',
        r.highlights ?? '?',
        r.sentences ?? '?',
      ]),
  ),
  backgroundColdSection(
    'Browser, first article after the background went idle: the service worker stopped before each run, so it starts again, its code from the code cache Chromium keeps from its first start (what a returning reader meets; ms median (min–max))',
    (r) => r.backgroundCold,
  ),
  backgroundColdSection(
    "Browser, first article after installing: a fresh profile each run, the worker's first start (its script compiled from source at install, no page waiting), its matcher built for this page (ms median (min–max))",
    (r) => r.backgroundFirstStart,
  ),
  section(
    "Browser, first use: what the browser charges a fresh tab the first time a content script calls each thing our scan calls (a throwaway extension, in our order, waits left out; ms median (min–max) of the floor's tabs; the cold floor pays none of it)",
    browser.status === 'ok'
      ? { status: 'ok', rows: browser.rows.filter((r) => r.firstUse) }
      : browser,
    ['page', 'step', 'ms', 'against the cold floor'],
    (rows) =>
      rows.flatMap((r) => {
        const use = r.firstUse as NonNullable<BrowserRow['firstUse']>;
        return [
          ...use.steps.map((step, i) => [i === 0 ? r.page : '', step.name, range(step.ms), '']),
          [
            '',
            'all of the above',
            range(use.totalMs),
            `${ratio(use.totalMs.median / r.coldFloorMs)} of ${ms(r.coldFloorMs)}`,
          ],
        ];
      }),
  ),
  section(
    `Node: engine only, real pack (cold = JSON.parse + createMatcher + first match, ${plural(RUNS, 'fresh process', 'fresh processes')}; warm = median of ${WARM_CALLS} more calls; ms median (min–max))`,
    node,
    ['page', 'words', 'cold', 'parse', 'create', 'first match', 'warm', 'highlights', 'sentences'],
    (rows) =>
      rows.map((r) => [
        r.page,
        r.words,
        range(r.coldMs),
        ms(r.parseMs.median),
        ms(r.createMatcherMs.median),
        ms(r.firstMatchMs.median),
        range(r.warmMs),
        r.highlights,
        r.sentences,
      ]),
  ),
  section(
    "Knowledge-base scale (Node; ms median (min–max); × = against the real pack on the same page, its processes alternating with the pack's)",
    scale,
    [
      'claims',
      'concepts',
      'names',
      'compile',
      'JSON',
      'JSON gzip',
      'page',
      'cold',
      'real pack alongside',
      'cold ×',
      'parse',
      'create',
      'first match',
      'warm',
      'warm ×',
      'highlights',
    ],
    (rows) =>
      rows.flatMap((r) =>
        r.pages.map((p, i) => [
          ...(i === 0
            ? [
                r.claims,
                r.concepts,
                r.entities,
                `${ms(r.compileMs.median)} ms`,
                kb(r.jsonBytes),
                kb(r.jsonGzipBytes),
              ]
            : ['', '', '', '', '', '']),
          p.page,
          range(p.coldMs),
          ms(p.pairedRealColdMs.median),
          ratio(p.coldRatio),
          ms(p.parseMs.median),
          ms(p.createMatcherMs.median),
          ms(p.firstMatchMs.median),
          ms(p.warmMs.median),
          ratio(p.warmRatio),
          p.highlights,
        ]),
      ),
  ),
  section(
    `Bundle (${path.relative(ROOT, EXTENSION)}; gzip -9; kB = 1,000 bytes)`,
    bundle,
    ['file', 'part', 'raw', 'gzip'],
    (rows) => rows.map((r) => [r.file, r.part, kb(r.raw), kb(r.gzip)]),
  ),
];

// ---------------------------------------------------------------------------------------------
// Targets

type Outcome = 'PASS' | 'MISS' | 'SKIP' | 'NOT MEASURED';
type Target = { name: string; outcome: Outcome; detail: string };

function browserTarget(
  name: string,
  judge: (rows: BrowserRow[]) => { ok: boolean; detail: string },
): Target {
  if (browser.status === 'skipped') return { name, outcome: 'SKIP', detail: browser.reason };
  if (browser.status === 'failed')
    return { name, outcome: 'NOT MEASURED', detail: 'the browser section failed (above)' };
  const { ok, detail } = judge(browser.rows);
  return { name, outcome: ok ? 'PASS' : 'MISS', detail };
}

/** Story pages must meet it with the background running and with it just woken up. */
const ratioTarget = (kind: 'story' | 'offtopic', limit: number) => (rows: BrowserRow[]) => {
  const mine = rows.filter((r) => r.kind === kind);
  const coldRatio = (r: BrowserRow) =>
    r.backgroundCold ? r.backgroundCold.firstScanBusyMs.median / r.coldFloorMs : null;
  return {
    ok:
      mine.length > 0 &&
      mine.every((r) => r.ratioBusyToCold <= limit && (coldRatio(r) ?? 0) <= limit),
    detail: mine
      .map((r) => {
        const c = coldRatio(r);
        return `${r.page} ${ratio(r.ratioBusyToCold)}${c === null ? '' : ` (background cold ${ratio(c)})`}`;
      })
      .join(', '),
  };
};

const targets: Target[] = [
  browserTarget(
    `story pages: first-scan busy ≤ ${TARGETS.storyBusyToCold}× cold floor`,
    ratioTarget('story', TARGETS.storyBusyToCold),
  ),
  browserTarget(
    `off-topic pages: first-scan busy ≤ ${TARGETS.offtopicBusyToCold}× cold floor`,
    ratioTarget('offtopic', TARGETS.offtopicBusyToCold),
  ),
  // Long-task entries cannot say whose work a task was: on these script-free pages the browser's
  // own loading, layout and painting of the highlights show up too. The scan's own slices are
  // what the content script adds, so they decide; the page's long tasks are shown beside them.
  browserTarget(`no task of the scan over ${TARGETS.longestTaskMs} ms`, (rows) => {
    const slices = rows.map((r) => r.longestSliceMs?.max ?? Number.POSITIVE_INFINITY);
    const worst = Math.max(...slices);
    return {
      ok: rows.length > 0 && worst <= TARGETS.longestTaskMs,
      detail: rows
        .map(
          (r) =>
            `${r.page} ${r.longestSliceMs ? ms(r.longestSliceMs.max) : '?'} ms (page's longest task ${ms(r.longestTaskMs.max)} ms)`,
        )
        .join(', '),
    };
  }),
  (() => {
    const name = `10,000-claim pack ≤ ${TARGETS.kb10kToBundled}× bundled (Node cold)`;
    if (scale.status === 'failed') return { name, outcome: 'NOT MEASURED', detail: scale.error };
    const big = scale.status === 'ok' ? scale.rows.find((r) => r.claims === 10_000) : undefined;
    if (!big) return { name, outcome: 'SKIP', detail: '--quick' };
    return {
      name,
      outcome: big.pages.every((p) => p.coldRatio <= TARGETS.kb10kToBundled) ? 'PASS' : 'MISS',
      detail: big.pages
        .map((p) => `${p.page} ${ratio(p.coldRatio)} (warm ${ratio(p.warmRatio)})`)
        .join(', '),
    } satisfies Target;
  })(),
  (() => {
    const name = `content script ≤ ${kb(TARGETS.contentCodeGzip)} gzip without story data`;
    if (bundle.status !== 'ok')
      return {
        name,
        outcome: 'NOT MEASURED',
        detail: bundle.status === 'failed' ? bundle.error : '',
      };
    const content = 'content-scripts/content.js';
    const code = bundle.rows.find((r) => r.file === content && r.part === 'code');
    const story = bundle.rows.find((r) => r.part === 'story data');
    const where = story && story.file !== content ? `, in ${story.file}` : '';
    return {
      name,
      outcome: code && code.gzip <= TARGETS.contentCodeGzip ? 'PASS' : 'MISS',
      detail: `code ${kb(code?.gzip ?? 0)} gzip (story data ${kb(story?.gzip ?? 0)}${where})`,
    } satisfies Target;
  })(),
];

report.push(
  ['Targets', ...targets.map((t) => `  ${t.outcome.padEnd(12)} ${t.name}: ${t.detail}`)].join('\n'),
);
const loadAfter = os.loadavg()[0] ?? 0;
if (Math.max(loadBefore, loadAfter) > os.cpus().length)
  warnings.push(
    `the machine was busy (1-minute load average ${loadBefore.toFixed(1)} before, ${loadAfter.toFixed(1)} after, ${os.cpus().length} CPUs): timings are inflated and noisy`,
  );
if (warnings.length) report.push(['Warnings', ...warnings.map((w) => `  ${w}`)].join('\n'));
console.log(report.join('\n\n'));

// ---------------------------------------------------------------------------------------------
// Files

const failedSections = Object.entries({ browser, node, scale, bundle })
  .filter(([, s]) => s.status === 'failed')
  .map(([name]) => name);
const missed = targets.filter((t) => t.outcome === 'MISS' || t.outcome === 'NOT MEASURED');

const gitCommit = (() => {
  try {
    return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' })
      .trim()
      .concat(
        execFileSync('git', ['status', '--porcelain'], { cwd: ROOT, encoding: 'utf8' }).trim()
          ? ' (uncommitted changes)'
          : '',
      );
  } catch {
    return null;
  }
})();

mkdirSync(OUT_DIR, { recursive: true });
writeFileSync(
  path.join(OUT_DIR, 'bench.json'),
  `${JSON.stringify(
    {
      meta: {
        date: new Date().toISOString(),
        commit: gitCommit,
        quick: QUICK,
        runs: RUNS,
        warmCalls: WARM_CALLS,
        node: process.version,
        cpu: `${os.cpus()[0]?.model ?? '?'} × ${os.cpus().length}`,
        loadAverage: { before: loadBefore, after: loadAfter },
        warnings,
      },
      targets,
      browser,
      node,
      scale,
      bundle,
    },
    null,
    2,
  )}\n`,
);

const BLUE = '#2b6cb0';
const ORANGE = '#d9822b';
const series = <T>(
  label: string,
  color: string,
  rows: T[],
  point: (r: T) => { x: number; y: number; lo?: number; hi?: number },
  dashed = false,
): Series => ({ label, color, dashed, points: rows.map(point) });

function articlesPanel(): Panel {
  const title = 'Cost against article size';
  if (browser.status === 'ok') {
    const of = (kind: string) => browser.rows.filter((r) => r.kind === kind);
    return {
      title: `${title} (browser, first scan)`,
      xLabel: 'article words',
      series: [
        series('story: busy (median, min–max)', BLUE, of('story'), (r) => ({
          x: r.words,
          y: r.firstScanBusyMs.median,
          lo: r.firstScanBusyMs.min,
          hi: r.firstScanBusyMs.max,
        })),
        series(
          'story: cold floor',
          BLUE,
          of('story'),
          (r) => ({ x: r.words, y: r.coldFloorMs }),
          true,
        ),
        series('off-topic: busy (median, min–max)', ORANGE, of('offtopic'), (r) => ({
          x: r.words,
          y: r.firstScanBusyMs.median,
          lo: r.firstScanBusyMs.min,
          hi: r.firstScanBusyMs.max,
        })),
        series(
          'off-topic: cold floor',
          ORANGE,
          of('offtopic'),
          (r) => ({ x: r.words, y: r.coldFloorMs }),
          true,
        ),
      ],
    };
  }
  // Without the browser, the engine's own figures, so the panel still says something.
  const why = browser.status === 'skipped' ? browser.reason : 'failed';
  if (node.status !== 'ok')
    return { title, xLabel: 'article words', series: [], note: `browser ${why}, Node failed` };
  const of = (kind: string) => node.rows.filter((r) => r.kind === kind);
  const cold = (r: NodeRow) => ({
    x: r.words,
    y: r.coldMs.median,
    lo: r.coldMs.min,
    hi: r.coldMs.max,
  });
  const warm = (r: NodeRow) => ({ x: r.words, y: r.warmMs.median });
  return {
    title: `${title} (Node; browser ${browser.status})`,
    xLabel: 'article words',
    series: [
      series('story: Node cold', BLUE, of('story'), cold),
      series('story: Node warm', BLUE, of('story'), warm, true),
      series('off-topic: Node cold', ORANGE, of('offtopic'), cold),
      series('off-topic: Node warm', ORANGE, of('offtopic'), warm, true),
    ],
  };
}

function scalePanel(): Panel {
  const title = 'Cost against knowledge-base size (Node, 10k-word pages)';
  if (scale.status !== 'ok')
    return {
      title,
      xLabel: 'claims',
      series: [],
      note: scale.status === 'failed' ? scale.error : scale.reason,
    };
  const at = (page: string) =>
    scale.rows.flatMap((r) =>
      r.pages.filter((p) => p.page === page).map((p) => ({ ...p, claims: r.claims })),
    );
  const out: Series[] = [];
  SCALE_PAGES.forEach((page, i) => {
    const color = i === 0 ? BLUE : ORANGE;
    out.push(
      series(`${page}: cold`, color, at(page), (p) => ({
        x: p.claims,
        y: p.coldMs.median,
        lo: p.coldMs.min,
        hi: p.coldMs.max,
      })),
      series(`${page}: warm`, color, at(page), (p) => ({ x: p.claims, y: p.warmMs.median }), true),
    );
  });
  return { title, xLabel: 'claims', series: out };
}

writeFileSync(
  path.join(OUT_DIR, 'bench.svg'),
  renderChart(
    'Claimlight: what a scan costs',
    [articlesPanel(), scalePanel()],
    `${new Date().toISOString().slice(0, 10)} · ${gitCommit ?? ''} · ${RUNS} run(s) per point${QUICK ? ' · --quick' : ''} · busy = main-thread time of the first scan; cold floor = one plain text pass in a fresh tab`,
  ),
);
log(`wrote ${path.relative(ROOT, OUT_DIR)}/bench.json and bench.svg`);

if (failedSections.length) log(`sections that failed: ${failedSections.join(', ')}`);
process.exitCode = missed.length || failedSections.length ? 1 : 0;
