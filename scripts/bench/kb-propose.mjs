/**
 * `claimlight kb propose`'s wall time, as an editor meets it: the built CLI (dist/claimlight.mjs,
 * from `npm run build`) in a fresh process per run, on the whole library beside the checkout
 * (../shared/library/articles.jsonl) and on one page it has never seen (a CLI fixture page).
 * Issue 17 asks that it "finishes in seconds" on a new page; the unit tests check what it
 * proposes, not how fast (a timed unit test fails under load and says nothing about a reader).
 * Prints a table and writes bench-output/kb-propose.json.
 *
 *   node scripts/bench/kb-propose.mjs [--runs 3]
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '3' } } });
const RUNS = Number(values.runs);
const ROOT = path.resolve(import.meta.dirname, '../..');
const CLI = path.join(ROOT, 'dist/claimlight.mjs');
const INPUTS = [
  {
    name: 'library (../shared/library)',
    file: path.resolve(ROOT, '../shared/library/articles.jsonl'),
  },
  { name: 'one new page', file: path.join(ROOT, 'tests/fixtures/cli/frame-and-rivals.html') },
];

if (!existsSync(CLI)) {
  console.error(
    `kb-propose bench: ${path.relative(ROOT, CLI)} is missing; run \`npm run build\` first`,
  );
  process.exit(2);
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

const work = mkdtempSync(path.join(tmpdir(), 'claimlight-kb-propose-'));
const rows = [];
try {
  for (const input of INPUTS) {
    if (!existsSync(input.file)) {
      console.error(`skipped ${input.name}: ${input.file} not found`);
      continue;
    }
    const ms = [];
    let proposals;
    for (let run = 0; run < RUNS; run++) {
      const out = path.join(work, `${rows.length}-${run}`);
      const started = performance.now();
      execFileSync(process.execPath, [CLI, 'kb', 'propose', input.file, '--out', out], {
        stdio: ['ignore', 'ignore', 'inherit'],
      });
      ms.push(performance.now() - started);
      proposals = JSON.parse(readFileSync(path.join(out, 'proposals.json'), 'utf8'));
    }
    rows.push({
      input: input.name,
      articles: proposals.articles.length,
      existing: proposals.existing.length,
      candidates: proposals.candidates.length,
      ms: { median: median(ms), min: Math.min(...ms), max: Math.max(...ms) },
    });
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}

const load = loadavg()[0].toFixed(1);
console.log(`kb propose, built CLI, a fresh process per run (${RUNS} runs, load ${load})\n`);
console.log('| input | articles | passages for claims | candidates | wall ms median (min–max) |');
console.log('|---|---|---|---|---|');
for (const r of rows)
  console.log(
    `| ${r.input} | ${r.articles} | ${r.existing} | ${r.candidates} | ${r.ms.median.toFixed(0)} (${r.ms.min.toFixed(0)}–${r.ms.max.toFixed(0)}) |`,
  );
mkdirSync(path.join(ROOT, 'bench-output'), { recursive: true });
writeFileSync(
  path.join(ROOT, 'bench-output/kb-propose.json'),
  `${JSON.stringify({ runs: RUNS, load: Number(load), rows }, null, 2)}\n`,
);
console.log('\nwrote bench-output/kb-propose.json');
