/**
 * Two or more builds' first scans in fresh tabs, interleaved round by round (A, B, A, B…), so
 * that a shared machine's load falls on every build alike: what to read when a change is judged
 * by the page's main-thread cost, without the rest of `npm run bench` (floors, restarted
 * workers, fresh profiles).
 *
 *   node scripts/bench/first-scan-ab.mjs --extension DIR [--extension DIR…]
 *        [--pages story-1.5k,story-10k] [--rounds 12] [--out FILE]
 *
 * Per build and page it prints the medians of cpuMs (our tasks' thread time, our-task-cpu.mjs:
 * the figure to compare on a loaded machine), busy (wall time of our slices plus compiling) and
 * the highlights painted; and, for a scratch build that stamps its phases (phase-stamps.mjs),
 * each phase's thread time. Each build runs in a browser of its own, warmed by one scan first.
 */
import { writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { abSetup } from './ab-setup.mjs';
import { firstScan, launchWithExtension, stats } from './browser.mjs';

const { values } = parseArgs({
  options: {
    extension: { type: 'string', multiple: true },
    pages: { type: 'string', default: 'story-1.5k,story-10k' },
    rounds: { type: 'string', default: '12' },
    out: { type: 'string' },
  },
});
const { builds, rounds, pages, server, url } = await abSetup(values, 'claimlight-first-scan-ab');
const TIMEOUT_MS = 20_000;

/** @type {Map<string, any[]>} runs per build and page */
const runs = new Map();
const key = (build, page) => `${basename(build)} ${page}`;
const browsers = [];
try {
  for (const build of builds) {
    const browser = await launchWithExtension(build);
    browsers.push(browser);
    await firstScan(browser.context, url('warmup'), 'warmup', TIMEOUT_MS);
  }
  for (let round = 1; round <= rounds; round++)
    for (const p of pages)
      for (let b = 0; b < builds.length; b++) {
        const r = await firstScan(browsers[b].context, url(p.name), p.name, TIMEOUT_MS);
        const k = key(builds[b], p.name);
        runs.set(k, [...(runs.get(k) ?? []), r]);
        console.error(
          `round ${round}/${rounds} ${k}: CPU ${r.cpuMs?.toFixed(2) ?? '?'} ms, ` +
            `busy ${r.busyMs.toFixed(2)} ms, ${r.highlights} highlights, load ${loadavg()[0].toFixed(1)}`,
        );
      }
} finally {
  for (const browser of browsers) await browser.close();
  await server.close();
}

const median = (xs) => (xs.length ? stats(xs).median : Number.NaN);
const summary = {};
for (const [k, rs] of runs) {
  /** @type {Record<string, number[]>} */
  const phases = {};
  for (const r of rs)
    for (const [phase, ms] of Object.entries(r.stampMs ?? {})) {
      phases[phase] ??= [];
      phases[phase].push(ms);
    }
  summary[k] = {
    rounds: rs.length,
    cpuMs: median(rs.filter((r) => r.cpuMs !== null).map((r) => r.cpuMs)),
    busyMs: median(rs.map((r) => r.busyMs)),
    highlights: median(rs.map((r) => r.highlights ?? Number.NaN)),
    stampMs: Object.fromEntries(Object.entries(phases).map(([phase, ms]) => [phase, median(ms)])),
  };
  const s = summary[k];
  const split = Object.entries(s.stampMs)
    .map(([phase, ms]) => `${phase} ${ms.toFixed(2)}`)
    .join(', ');
  console.log(
    `${k}: ${s.rounds} rounds, medians: CPU ${s.cpuMs.toFixed(2)} ms, busy ${s.busyMs.toFixed(2)} ms, ` +
      `${s.highlights} highlights${split ? `; thread ms by phase: ${split}` : ''}`,
  );
}
if (values.out)
  writeFileSync(
    values.out,
    `${JSON.stringify({ builds, summary, runs: Object.fromEntries(runs) }, null, 2)}\n`,
  );
