/**
 * `npm run eval`: match quality on the shared dev sets (../shared/eval/dev.jsonl, dev2.jsonl) and
 * on our own fixtures (tests/fixtures/eval/*.jsonl), measured as a reader meets the text: each
 * article is rendered as a news page (scripts/eval/render-page.ts: headline, paragraphs, inline
 * links, ads, nav, sidebar, footer; the date only in its metadata) and read through the CLI's
 * code path (HTML → page/ → engine, no date passed). The highlights are mapped back to the set's
 * sentences by character overlap (scripts/eval/locate.ts) and scored (scripts/eval/score.ts).
 *
 * Scored claim by claim (score.ts). Prints, per set and in total ("dev+dev2", "fixtures", "all"):
 * the claims the labels know (precision / recall / F1, wrong claims, stance errors, highlights on
 * negative articles, missing corroboration); the events the knowledge base does not know yet and
 * every true sentence together; the weakest claims; then a confusion list with the engine's
 * reasons (wrong-claim cards among them). Writes the figures to eval-output/eval.json.
 *
 * The library (../shared/library/articles.jsonl) is scored as a set of its own, "library (real
 * articles)", from the labels in tests/fixtures/eval/library/labels.json (scripts/eval/library-set.ts);
 * it is skipped with a note when ../shared/library is absent.
 *
 * Usage: npm run eval [-- --set path/to/file.jsonl ...] [--quiet] [--flat]
 *   --flat   the old layout (one sentence per paragraph, the date handed to the engine), to see
 *            what the realistic page changes.
 */
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createAnnotator } from '../cli/annotate';
import { pack } from '../data/index';
import { compileStory } from '../engine/compile-story';
import { type EvalArticle, readJsonl } from './eval/eval-set';
import { LABELLED_2026_11_24 } from './eval/labelled-claims';
import { readLibrarySet } from './eval/library-set';
import { formatClaimTable, formatEventsTable, formatTable } from './eval/report';
import {
  combineScores,
  type Labelled,
  type Layout,
  type SetScore,
  scoreSet as scoreWith,
} from './eval/score';

export type { EvalArticle, EvalSentence } from './eval/eval-set';
export type { Layout, SetScore } from './eval/score';
export { readJsonl };

/** Banks written blind: each scored alone, out of the paraphrase bank's total. */
const BLIND_BANKS = ['bank-fresh-', 'bank-neighbours'];

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const sharedDir = path.resolve(root, '../shared/eval');
const ownDir = path.join(root, 'tests/fixtures/eval');
/** The library's articles (third-party text, beside the checkout) and our labels for them. */
const libraryFile = path.resolve(root, '../shared/library/articles.jsonl');
export const libraryLabels = path.join(ownDir, 'library/labels.json');
export const LIBRARY_SET = 'library (real articles)';
const annotate = createAnnotator(compileStory(pack));

/**
 * Scores one set with the CLI's annotator and the story pack in data/. The shared sets were
 * labelled with the 43 claims of 2026-11-24; ours are relabelled with every claim added.
 */
export function scoreSet(
  name: string,
  articles: EvalArticle[],
  layout: Layout = 'page',
  labelled: Labelled = labelledFor(name),
): SetScore {
  return scoreWith(name, articles, annotate, labelled, layout);
}

/** The claims a set's labels can name, by where the set lives. */
export function labelledFor(file: string): Labelled {
  return path.resolve(root, file).startsWith(sharedDir) ? LABELLED_2026_11_24 : null;
}

/** A set's name in the report and in floors.json: its path from the root, or the library's name. */
export function setName(file: string): string {
  return path.resolve(file) === libraryLabels ? LIBRARY_SET : path.relative(root, file);
}

/** Reads a set: a .jsonl file, or the library built from its labels. */
export function readSet(file: string): EvalArticle[] {
  if (path.resolve(file) !== libraryLabels) return readJsonl(file);
  return readLibrarySet(libraryFile, libraryLabels, pack.claims) ?? [];
}

/** Whether the library the labels describe is beside the checkout. */
export function hasLibrary(): boolean {
  return existsSync(libraryFile) && existsSync(libraryLabels);
}

/**
 * The shared dev sets that exist (dev, dev2), then our fixtures, then the library when it is
 * there, as absolute paths.
 */
export function defaultSets(): string[] {
  const shared = ['dev.jsonl', 'dev2.jsonl']
    .map((f) => path.join(sharedDir, f))
    .filter((f) => existsSync(f));
  const own = existsSync(ownDir)
    ? readdirSync(ownDir)
        .filter((f) => f.endsWith('.jsonl'))
        .sort()
        .map((f) => path.join(ownDir, f))
    : [];
  return [...shared, ...own, ...(hasLibrary() ? [libraryLabels] : [])];
}

/** The total rows: the shared sets together ("dev+dev2"), our fixtures together, everything. */
export function totalsOf(files: readonly string[], scores: readonly SetScore[]): SetScore[] {
  const group = (dir: string) => scores.filter((_, i) => path.dirname(files[i] as string) === dir);
  const shared = group(sharedDir);
  const own = group(ownDir);
  const totals: SetScore[] = [];
  if (shared.length > 1) {
    const label = files
      .filter((f) => path.dirname(f) === sharedDir)
      .map((f) => path.basename(f, '.jsonl'))
      .join('+');
    totals.push(combineScores(label, shared));
  }
  // The paraphrase bank (tests/fixtures/eval/bank-*.jsonl) is a set of its own, in several files.
  // A bank written blind (bank-fresh-*.jsonl, bank-neighbours.jsonl) measures unfitted wording: it
  // is scored alone, with floors of its own, as fresh-wording.jsonl is, and stays out of the
  // bank's total.
  const bank = scores.filter((_, i) => {
    const name = path.basename(files[i] as string);
    return name.startsWith('bank-') && !BLIND_BANKS.some((blind) => name.startsWith(blind));
  });
  if (bank.length > 1) totals.push(combineScores('paraphrase bank', bank));
  if (own.length > 1) totals.push(combineScores(`fixtures (${own.length} sets)`, own));
  if (scores.length > 1) totals.push(combineScores('all', scores));
  return totals;
}

function main() {
  const args = process.argv.slice(2);
  const quiet = args.includes('--quiet');
  const layout: Layout = args.includes('--flat') ? 'flat' : 'page';
  const files: string[] = [];
  for (let i = 0; i < args.length; i++)
    if (args[i] === '--set' && args[i + 1]) files.push(path.resolve(args[++i] as string));
  if (files.length === 0) {
    files.push(...defaultSets());
    if (!hasLibrary()) console.log('note: ../shared/library is absent; the library set is skipped');
  }
  const scores = files.map((file) =>
    scoreSet(setName(file), readSet(file), layout, labelledFor(file)),
  );
  const totals = totalsOf(files, scores);
  console.log(
    layout === 'page'
      ? 'layout: news pages, publication date read from their metadata (--flat for the old layout)'
      : 'layout: flat (one sentence per paragraph, date passed to the engine)',
  );
  console.log('\nClaims the labels know (the sentences that name `claims`):');
  console.log(formatTable(scores, totals));
  console.log('\nEvents the knowledge base does not know yet, and every true sentence:');
  console.log(formatEventsTable([...scores, ...totals]));
  const sharedTotal = totals.find((t) => t.set.startsWith('dev')) ?? scores[0];
  if (sharedTotal) {
    console.log(`\nThe weakest claims on ${sharedTotal.set} (recall, then precision):`);
    console.log(formatClaimTable(sharedTotal, quiet ? 10 : 25));
  }
  if (!quiet) {
    for (const s of scores) {
      if (s.confusion.length === 0) continue;
      console.log(`\n— ${s.set}: misses, wrong claims, false alarms, stance errors —`);
      for (const line of s.confusion) console.log(line);
    }
  }
  mkdirSync(path.join(root, 'eval-output'), { recursive: true });
  writeFileSync(
    path.join(root, 'eval-output/eval.json'),
    `${JSON.stringify({ layout, sets: scores, totals }, null, 2)}\n`,
  );
  console.log('\nwrote eval-output/eval.json');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) main();
