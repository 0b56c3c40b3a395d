/**
 * Warm matching time of two or more checkouts of the engine, side by side in one process:
 *
 *   npx tsx scripts/bench/warm-ab.ts [--runs 15] [--pages story-10k,story-50k] ROOT_A ROOT_B …
 *
 * Each ROOT is a checkout (a git worktree with node_modules): its data/ and engine/ are bundled
 * with esbuild (no tsx in the timed code), its story compiled and one matcher made. Then every
 * page is matched the way the background does it (matcher.steps() run to the end, evidence
 * left out), the checkouts taking turns match by match, so a busy machine slows them alike.
 * Prints, per page and checkout, the median and the fastest of the timed matches in wall time
 * and in process CPU time (run with `node --single-threaded` through tsx's loader, or
 * NODE_OPTIONS=--single-threaded, for CPU time that is the main thread's alone).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { build } from 'esbuild';
import { articleOf, type BenchPage, type PageText, stats } from './node';

type Run = (text: string, published: string | null) => void;

const { values, positionals: roots } = parseArgs({
  allowPositionals: true,
  options: {
    runs: { type: 'string', default: '15' },
    pages: { type: 'string', default: 'story-1.5k,story-10k,story-50k' },
  },
});
if (roots.length < 2) throw new Error('usage: warm-ab.ts [--runs N] [--pages a,b] ROOT_A ROOT_B …');
const RUNS = Number(values.runs);
const WARM_UP = 8;

const dir = mkdtempSync(path.join(tmpdir(), 'claimlight-warm-ab-'));
const runs: Run[] = [];
try {
  for (const [i, root] of roots.entries()) {
    const entry = path.join(dir, `entry-${i}.ts`);
    const abs = path.resolve(root);
    writeFileSync(
      entry,
      `import { pack } from ${JSON.stringify(`${abs}/data/index`)};
import { compileStory } from ${JSON.stringify(`${abs}/engine/compile-story`)};
import { createMatcher } from ${JSON.stringify(`${abs}/engine/index`)};
const matcher = createMatcher(compileStory(pack));
export const run = (text, published) => {
  const steps = matcher.steps(text, { published, evidence: false });
  let next = steps.next();
  while (!next.done) next = steps.next();
};
`,
    );
    const outfile = path.join(dir, `engine-${i}.mjs`);
    await build({ entryPoints: [entry], bundle: true, platform: 'node', format: 'esm', outfile });
    runs.push(((await import(outfile)) as { run: Run }).run);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}

const wanted = new Set(values.pages.split(','));
const { generatePages } = (await import(new URL('./pages.mjs', import.meta.url).href)) as {
  generatePages: () => BenchPage[];
};
const pages: PageText[] = generatePages()
  .filter((p) => wanted.has(p.name))
  .map(articleOf);
// Every page first, WARM_UP times: the engines' code is compiled and optimised before any timing.
for (let w = 0; w < WARM_UP; w++)
  for (const page of pages) for (const run of runs) run(page.text, page.published);
for (const page of pages) {
  const wall: number[][] = runs.map(() => []);
  const cpu: number[][] = runs.map(() => []);
  for (let r = 0; r < RUNS; r++)
    for (let j = 0; j < runs.length; j++) {
      // Each round starts with the next checkout: none always runs first.
      const k = (r + j) % runs.length;
      const cpu0 = process.cpuUsage();
      const t0 = performance.now();
      (runs[k] as Run)(page.text, page.published);
      (wall[k] as number[]).push(performance.now() - t0);
      const used = process.cpuUsage(cpu0);
      (cpu[k] as number[]).push((used.user + used.system) / 1000);
    }
  for (const [k, root] of roots.entries()) {
    const w = stats(wall[k] as number[]);
    const c = stats(cpu[k] as number[]);
    console.log(
      `${page.name.padEnd(13)} ${root.padEnd(24)} wall ${w.median.toFixed(2)} (min ${w.min.toFixed(2)})  cpu ${c.median.toFixed(2)} (min ${c.min.toFixed(2)})  ms, n=${RUNS}`,
    );
  }
}
