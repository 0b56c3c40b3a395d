/**
 * Which of a sentence's candidate claims it asserts: of those recognised with the highest
 * score, the one that explains most of the sentence (its words covered: outranks()), then the
 * first in claim order. Outside explain mode nothing else about the candidates is seen, so this
 * reads as few of them as it can. Candidates are read by the most they could score (recognize.ts,
 * highestScore()), highest first and in claim order within a score, and reading stops at the
 * first that cannot reach the best so far. A claim that needs a date is not read on a
 * sentence stating none, nor one the caller's `may` says recognize() would turn down
 * (recognize.ts mayRecognize()): a rejection never changes which claim is best.
 */
import type { ClaimTables } from './compile-claims';
import type { Recognition } from './recognize';

export type Accepted = Extract<Recognition, { ok: true }>;

/**
 * What settles which of two readings a sentence asserts, in the order they are asked: a plan told
 * only as the foil of what came of it (outcome-clause.ts) loses whatever it scores; then the
 * higher score; then the reading of a plan a dateless sentence tells as done on a page after its
 * date (done-after-due.ts); then the reading whose groups need fewer words another group also
 * takes; then the one that one statement of a sentence joined by semicolons asserts alone; then
 * the one that names every group of its claim over one a headline's omission let through; then
 * the one with fewer groups named only where the sentence takes them for granted
 * (presupposed.ts); then the one that explains more of the sentence; then the one stating more of
 * the claim's values; then the one whose kind fits the sentence's tense (a plan looking ahead, an
 * event otherwise). When none settles it, the earlier claim wins.
 */
export const CRITERIA = [
  'foil',
  'score',
  'doneUndated',
  'repeated',
  'split',
  'omitted',
  'presupposed',
  'covered',
  'valued',
  'tense',
] as const;
export type Criterion = (typeof CRITERIA)[number];

/**
 * +(k + 1) when `a` wins on CRITERIA[k], the first criterion the two readings differ on;
 * −(k + 1) when `b` does; 0 when none tells them apart. One chain of tests, so that the order
 * outranks() applies and the one --explain reports (settledBy()) cannot drift apart.
 */
export function compareReadings(a: Accepted, b: Accepted): number {
  // A plan told only as the foil of what came of it is not what the sentence reports.
  if (!a.foil !== !b.foil) return b.foil ? 1 : -1;
  if (a.score !== b.score) return a.score > b.score ? 2 : -2;
  // A plan a dateless sentence tells as done after its date (done-after-due.ts) is the plan last
  // due before the page: what the story tells done in the same words before then is older news.
  if (!a.doneUndated !== !b.doneUndated) return a.doneUndated ? 3 : -3;
  if (a.repeated !== b.repeated) return a.repeated < b.repeated ? 4 : -4;
  if (a.split !== b.split) return a.split < b.split ? 5 : -5;
  if (a.omitted !== b.omitted) return a.omitted < b.omitted ? 6 : -6;
  const pa = a.presupposed ?? 0;
  const pb = b.presupposed ?? 0;
  if (pa !== pb) return pa < pb ? 7 : -7;
  if (a.covered !== b.covered) return a.covered > b.covered ? 8 : -8;
  if (a.valued !== b.valued) return a.valued > b.valued ? 9 : -9;
  if (a.tense !== b.tense) return a.tense > b.tense ? 10 : -10;
  return 0;
}

/** Whether reading `a` of claim `ai` beats reading `b` of claim `bi` (CRITERIA, then claim order). */
export function outranks(a: Accepted, ai: number, b: Accepted, bi: number): boolean {
  const c = compareReadings(a, b);
  return c !== 0 ? c > 0 : ai < bi;
}

/** The criterion that settles `a` against `b`, or undefined when only claim order does. */
export function settledBy(a: Accepted, b: Accepted): Criterion | undefined {
  const c = compareReadings(a, b);
  return c === 0 ? undefined : CRITERIA[Math.abs(c) - 1];
}

export type BestPicker = (
  candidates: readonly number[],
  undated: boolean,
  read: (claim: number) => Recognition,
  /** False for a claim recognize() is sure to turn down on this sentence: it is not read. */
  may?: (claim: number) => boolean,
) => { claim: number; result: Accepted } | undefined;

export function createBestPicker(tables: ClaimTables): BestPicker {
  const { highestScore: highest, needsDate } = tables;
  let top = 0;
  for (const h of highest) if (h > top) top = h;
  // A counting sort by highest score, in buffers kept between sentences: the scores are a handful
  // of small integers, and a sentence of a big pack has dozens of candidates.
  const startOf = new Int32Array(top + 2);
  const order: number[] = [];

  return (candidates, undated, read, may) => {
    startOf.fill(0);
    let count = 0;
    // Indexed loops: a page's first sentences run this before V8 optimises it.
    for (let c = 0; c < candidates.length; c++) {
      const i = candidates[c] as number;
      if (undated && needsDate[i] === 1) continue;
      const next = top - (highest[i] as number) + 1;
      startOf[next] = (startOf[next] as number) + 1;
      count++;
    }
    for (let s = 1; s < startOf.length; s++)
      startOf[s] = (startOf[s] as number) + (startOf[s - 1] as number);
    order.length = count;
    for (let c = 0; c < candidates.length; c++) {
      const i = candidates[c] as number;
      if (undated && needsDate[i] === 1) continue;
      const bucket = top - (highest[i] as number);
      const at = startOf[bucket] as number;
      order[at] = i;
      startOf[bucket] = at + 1;
    }

    let best: { claim: number; result: Accepted } | undefined;
    for (let k = 0; k < count; k++) {
      const i = order[k] as number;
      // A candidate that could at most equal the best is still read: it may explain more.
      // A foil (outcome-clause.ts) yields to any reading, whatever it could score.
      if (best && !best.result.foil && (highest[i] as number) < best.result.score) break;
      // Asked only now, as cheap as it is: most candidates of a sentence are never reached.
      if (may && !may(i)) continue;
      const result = read(i);
      if (result.ok && (!best || outranks(result, i, best.result, best.claim)))
        best = { claim: i, result };
    }
    return best;
  };
}
