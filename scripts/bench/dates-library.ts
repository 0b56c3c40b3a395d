/**
 * `npx tsx scripts/bench/dates-library.ts`: the measurement behind keeping our own date reader
 * (engine/resolve-dates.ts) rather than adopting chrono-node. The same sentences, with the
 * publication date as the reference, through both; and chrono-node's cost in the content script.
 * Written for issue 7 ("measure it on our fixtures and against the bundle budget").
 */
import { gzipSync } from 'node:zlib';
import * as chrono from 'chrono-node';
import { build } from 'esbuild';
import { MONTH_NAMES } from '../../engine/month-names';
import { formatDate, resolveDates } from '../../engine/resolve-dates';
import { tokenize } from '../../engine/tokenize';

/** [sentence, publication date, what a reader understands]: phrasings our fixtures exercise. */
const CASES: [string, string, string][] = [
  ['All troops will leave by the end of next year.', '2024-09-10', 'end of 2025'],
  ['The rest depart by September next year.', '2024-09-10', 'September 2025'],
  ['Hundreds will leave by late 2025.', '2024-10-02', 'late 2025'],
  ['The second phase runs from September 2025 to September 2026.', '2024-10-02', 'September 2026'],
  ['The coalition was formed a decade ago.', '2024-06-01', '2014'],
  ['The plan called for troops to leave by September.', '2025-11-20', 'September 2025'],
  ['Troops will leave by September.', '2024-10-02', 'September 2025'],
  ['The talks began in January.', '2024-09-10', 'January 2024'],
  ['Troops will be out before 2026.', '2024-09-10', 'end of 2025'],
  ['The last soldier left the base on 17 January.', '2026-01-20', 'January 2026'],
];

function chronoReading(sentence: string, published: string): string {
  const [r] = chrono.en.casual.parse(sentence, new Date(`${published}T12:00:00Z`), {
    forwardDate: /\b(will|by)\b/.test(sentence),
  });
  if (!r) return '—';
  const d = (r.end ?? r.start).date();
  return `${MONTH_NAMES[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
}

function ourReading(sentence: string, published: string): string {
  const [year, month] = published.split('-').map(Number) as [number, number];
  const dates = resolveDates(tokenize(sentence), sentence, { year, month });
  const d = dates.find((x) => x.role === 'deadline') ?? dates.at(-1);
  return d ? formatDate(d) : '—';
}

const agree = (got: string, want: string) =>
  got === want || (want.length === 4 && got.endsWith(want)) || got === `December ${want.slice(-4)}`;
let ours = 0;
let theirs = 0;
console.log('sentence'.padEnd(64), 'reader'.padEnd(16), 'ours'.padEnd(16), 'chrono-node');
for (const [sentence, published, want] of CASES) {
  const a = ourReading(sentence, published);
  const b = chronoReading(sentence, published);
  if (agree(a, want)) ours++;
  if (agree(b, want)) theirs++;
  console.log(sentence.slice(0, 63).padEnd(64), want.padEnd(16), a.padEnd(16), b);
}
const bundle = await build({
  stdin: {
    contents: "import * as c from 'chrono-node'; globalThis.parse = c.en.casual.parse;",
    resolveDir: process.cwd(),
  },
  bundle: true,
  minify: true,
  write: false,
  format: 'iife',
  logLevel: 'silent',
});
const code = bundle.outputFiles[0]?.contents ?? new Uint8Array();
console.log(`\nright: ours ${ours}/${CASES.length}, chrono-node ${theirs}/${CASES.length}`);
console.log(
  `chrono-node in a bundle: ${(code.length / 1000).toFixed(1)} kB, ${(gzipSync(code).length / 1000).toFixed(1)} kB gzip (content script budget: 35 kB gzip in all)`,
);
