/**
 * `npm run learn`: learns claims' wording from labelled examples (scripts/eval/learn-wording.ts)
 * and proposes phrasings for data/vocabulary.json, each with what it gains and costs on the
 * examples. Then it adds them all to a copy of the pack and scores sets it did not learn from,
 * so an editor sees whether the wording generalises before adding it.
 *
 * Usage: npm run learn [-- --from FILE.jsonl ...] [--check FILE.jsonl ...] [--min-articles N]
 *   --from    sets to learn from (default: the paraphrase bank, tests/fixtures/eval/bank-*.jsonl)
 *   --check   sets to judge the learnt wording on (default: ../shared/eval dev and dev2)
 * Writes eval-output/wording.json. Applies nothing: the editor adds what they accept.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { createAnnotator } from '../cli/annotate';
import { pack } from '../data/index';
import { compileStory } from '../engine/compile-story';
import type { StoryPack } from '../engine/types';
import { defaultSets, labelledFor } from './eval';
import { type EvalArticle, readJsonl } from './eval/eval-set';
import { learnWording, withSuggestions } from './eval/learn-wording';
import { combineScores, type SetScore, scoreSet } from './eval/score';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** The sets `npm run eval` reads: the shared dev sets (labelled with the claims of 2026-11-24), then ours. */
const sets = defaultSets();
const bankFiles = () => sets.filter((f) => path.basename(f).startsWith('bank-'));
const sharedFiles = () => sets.filter((f) => labelledFor(f) !== null);

const annotatorFor = (p: StoryPack) => createAnnotator(compileStory(p));

/** The sets scored with one pack, summed. */
function scoreFiles(files: readonly string[], p: StoryPack): SetScore {
  const annotate = annotatorFor(p);
  const scores = files.map((f) =>
    scoreSet(path.relative(root, f), readJsonl(f), annotate, labelledFor(f)),
  );
  return combineScores(files.map((f) => path.basename(f, '.jsonl')).join('+'), scores);
}

const line = (s: SetScore) =>
  `P ${s.allPrecision.toFixed(3)}  R ${s.allRecall.toFixed(3)} (${s.knownHits + s.eventHits}/${s.knownSentences + s.eventSentences})  false alarms ${s.falseAlarms}  wrong claims ${s.wrongClaims}  wrong side ${s.stanceErrors}  negative ${s.negativeHighlights}`;

function main() {
  const { values } = parseArgs({
    options: {
      from: { type: 'string', multiple: true },
      check: { type: 'string', multiple: true },
      'min-articles': { type: 'string' },
    },
  });
  const from = (values.from ?? []).map((f) => path.resolve(f));
  const check = (values.check ?? []).map((f) => path.resolve(f));
  const minArticles = Number(values['min-articles'] ?? 2);
  if (!Number.isInteger(minArticles) || minArticles < 1)
    throw new Error('--min-articles takes a whole number, 1 or more');
  const learnFrom = from.length ? from : bankFiles();
  const checkOn = check.length ? check : sharedFiles();

  const articles: EvalArticle[] = learnFrom.flatMap((f) => readJsonl(f));
  // The sets learnt from are ours or the shared ones; their labels name what they can.
  const labelled = learnFrom.every((f) => labelledFor(f) === null)
    ? null
    : labelledFor(learnFrom[0] as string);
  const started = performance.now();
  const learnt = learnWording({ pack, articles, labelled, annotatorFor, minArticles });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);

  console.log(
    `Learnt from ${articles.length} articles (${learnFrom.map((f) => path.basename(f)).join(', ')}) in ${seconds} s; ${learnt.examplesAsking} examples lacked one concept of their claim.`,
  );
  console.log('\nProposed phrasings (add to data/vocabulary.json after review):');
  console.log(
    'concept                      phrasing             gained cost  claims (articles asking)',
  );
  for (const s of learnt.suggestions)
    console.log(
      `${s.concept.padEnd(28)} ${s.phrasing.padEnd(20)} ${String(s.gained).padStart(6)} ${String(s.cost).padStart(4)}  ${s.claims.join(', ')} (${s.support.articles.length})`,
    );
  if (learnt.suggestions.length === 0) console.log('(none)');
  console.log(`\nTurned down: ${learnt.rejected.length} candidates asked for by enough articles.`);
  for (const r of learnt.rejected.slice(0, 15))
    console.log(`  ${r.concept} ← ${r.phrasing}: ${r.why}`);

  const extended = withSuggestions(pack, learnt.suggestions);
  console.log('\nEvery true sentence, the pack as it is → with all proposed phrasings:');
  for (const [name, files] of [
    ['learnt from', learnFrom],
    ['held out', checkOn],
  ] as const) {
    if (files.length === 0) continue;
    console.log(`${name.padEnd(12)} ${line(scoreFiles(files, pack))}`);
    console.log(`${''.padEnd(12)} ${line(scoreFiles(files, extended))}`);
  }
  mkdirSync(path.join(root, 'eval-output'), { recursive: true });
  writeFileSync(
    path.join(root, 'eval-output/wording.json'),
    `${JSON.stringify(learnt, null, 2)}\n`,
  );
  console.log('\nwrote eval-output/wording.json');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) main();
