/**
 * Two or more builds' background matching, interleaved round by round (A, B, A, B…), on the
 * bench's story pages: per round and build, the worker is stopped and a fresh tab's scan starts it
 * again (a restarted worker: its code from the code cache, the matcher built anew, the first match
 * cold), then a second tab matches the same page on the running worker (warm). Each is read as
 * the worker thread's task time in a browser-wide trace (worker-cpu.mjs) and as the engineMs the
 * page hears (wall time, on the worker's thread).
 *
 *   node scripts/bench/worker-ab.mjs --extension DIR [--extension DIR…]
 *        [--pages story-1.5k,story-10k] [--rounds 8]
 */
import { loadavg } from 'node:os';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { abSetup } from './ab-setup.mjs';
import { firstScan, launchWithExtension, stats, stopBackground } from './browser.mjs';

const { values } = parseArgs({
  options: {
    extension: { type: 'string', multiple: true },
    pages: { type: 'string', default: 'story-1.5k,story-10k' },
    rounds: { type: 'string', default: '8' },
  },
});
const { builds, rounds, pages, server, url } = await abSetup(values, 'claimlight-worker-ab');
const TIMEOUT_MS = 30_000;

/** @type {Map<string, { cold: any[], warm: any[] }>} */
const runs = new Map();
const browsers = [];
try {
  for (const build of builds) {
    const browser = await launchWithExtension(build, { traceWorker: true });
    browsers.push(browser);
    await firstScan(browser.context, url('warmup'), 'warmup', TIMEOUT_MS);
  }
  for (let round = 1; round <= rounds; round++)
    for (const p of pages)
      for (let b = 0; b < builds.length; b++) {
        const { context, traceWorker } = browsers[b];
        const k = `${basename(builds[b])} ${p.name}`;
        if (!runs.has(k)) runs.set(k, { cold: [], warm: [] });
        await stopBackground(context);
        const cold = await firstScan(context, url(p.name), p.name, TIMEOUT_MS, { traceWorker });
        const warm = await firstScan(context, url(p.name), p.name, TIMEOUT_MS, { traceWorker });
        runs.get(k).cold.push(cold);
        runs.get(k).warm.push(warm);
        console.error(
          `round ${round}/${rounds} ${k}: restarted worker CPU ${cold.worker.cpuMs.toFixed(2)} ms ` +
            `(engine ${cold.engineMs?.toFixed(2)} ms, cold ${cold.engineCold}), warm worker CPU ` +
            `${warm.worker.cpuMs.toFixed(2)} ms (engine ${warm.engineMs?.toFixed(2)} ms, cold ` +
            `${warm.engineCold}), load ${loadavg()[0].toFixed(1)}`,
        );
      }
} finally {
  for (const browser of browsers) await browser.close();
  await server.close();
}

const median = (xs) => (xs.length ? stats(xs).median : Number.NaN);
for (const [k, { cold, warm }] of runs)
  console.log(
    `${k}: ${cold.length} rounds, medians: restarted worker CPU ` +
      `${median(cold.map((r) => r.worker.cpuMs)).toFixed(2)} ms (engine ` +
      `${median(cold.map((r) => r.engineMs)).toFixed(2)}), warm worker CPU ` +
      `${median(warm.map((r) => r.worker.cpuMs)).toFixed(2)} ms (engine ` +
      `${median(warm.map((r) => r.engineMs)).toFixed(2)})`,
  );
