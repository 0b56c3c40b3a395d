/**
 * `npm run miss-groups`: the misses `npm run eval` last wrote (eval-output/eval.json), each read
 * against the claim it states (scripts/eval/miss-groups.ts): how many of the claim's required
 * groups the sentence's own words leave unmet, which, and for a sentence one group short where
 * the article names that group. Prints a table per group of sets and, with --list, each miss.
 *
 * Usage: npm run eval && npm run miss-groups [-- --set NAME ...] [--list]
 *   --set   a set's name or part of it ("articles-blind-2.", "library"); repeatable; default all
 */
import { parseArgs } from 'node:util';
import { pack } from '../data/index';
import { compileStory } from '../engine/compile-story';
import { createWordReader, readWords } from '../engine/sentence-facts';
import { articlesBySet, missAt, readLastEval } from './eval/last-eval';
import { type MissReading, readMiss } from './eval/miss-groups';

const { values } = parseArgs({
  options: { set: { type: 'string', multiple: true }, list: { type: 'boolean' } },
});
const wanted = values.set ?? [];
const chosen = (name: string) => wanted.length === 0 || wanted.some((w) => name.includes(w));

const scored = readLastEval();
const articlesOf = articlesBySet(pack.claims);

const story = compileStory(pack);
const reader = createWordReader(story);
const requireOf = new Map(pack.claims.map((c) => [c.id, c.recognize.require]));

const rows: { set: string; text: string; reading: MissReading | undefined }[] = [];
for (const { set, confusion } of scored) {
  if (!chosen(set)) continue;
  const articles = articlesOf.get(set) ?? [];
  for (const line of confusion) {
    const miss = missAt(line, articles);
    if (!miss) continue;
    const { article, at } = miss;
    const named = article.sentences.map(
      (s) => new Set(readWords(s.text, reader).hits.map((h) => h.concept)),
    );
    const claims = (article.sentences[at]?.claims ?? []).map((id) => ({
      id,
      require: requireOf.get(id) ?? [],
    }));
    rows.push({ set, text: miss.quoted, reading: readMiss(claims, named, at) });
  }
}

const count = (pick: (r: (typeof rows)[number]) => string) => {
  const counts = new Map<string, number>();
  for (const r of rows) counts.set(pick(r), (counts.get(pick(r)) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1]);
};
console.log(`${rows.length} misses of a known claim in ${wanted.join(', ') || 'every set'}`);
console.log('\ngroups of the stated claim the sentence leaves unmet:');
for (const [k, n] of count((r) =>
  r.reading === undefined
    ? 'no claim labelled'
    : `${Math.min(r.reading.missing.length, 3)}${r.reading.missing.length >= 3 ? '+' : ''}`,
))
  console.log(`  ${k.padEnd(20)} ${n}`);
console.log('\none group short: where the article names it:');
for (const [k, n] of count((r) => r.reading?.elsewhere ?? '-').filter(([k]) => k !== '-'))
  console.log(`  ${k.padEnd(20)} ${n}`);
console.log('\none group short: the group:');
for (const [k, n] of count((r) =>
  r.reading?.missing.length === 1 ? (r.reading.missing[0] ?? []).join(' | ') : '-',
).filter(([k]) => k !== '-'))
  console.log(`  ${String(n).padStart(3)}  ${k}`);
if (values.list)
  for (const r of rows)
    console.log(
      `${r.set}: ${r.reading?.claim ?? '-'} short of ${r.reading?.missing.map((g) => g.join('|')).join(' + ') || 'nothing'}${r.reading?.elsewhere ? ` (named: ${r.reading.elsewhere})` : ''}\n    "${r.text}"`,
    );
