/**
 * Why a sentence got its card, for --explain: the clause read (what a frame, a comparison's
 * standard or a clause of "until" took for granted) and, for each runner-up, the criterion of
 * pick-best.ts that settled it against the winner, in that file's words and order.
 */
import { comparedStandards } from './compared-standard';
import { type Accepted, type Criterion, outranks, settledBy } from './pick-best';
import type { SentenceFacts } from './sentence-facts';
import type { Claim, Evidence } from './types';
import { untilClauses } from './until-clause';

/** Runners-up named in --explain. */
const RIVALS_SHOWN = 3;

type Reading = { claim: Claim; result: Accepted; index: number };

/** Why `a` (the winner, a reading of `claim`) beat `b`, by the criterion that settled it. */
const WHY: Record<Criterion, (a: Accepted, b: Accepted, claim: Claim) => string> = {
  foil: () => 'the other is the plan told only as the foil of what came of it',
  score: (a, b) => `score ${a.score} to ${b.score}`,
  doneUndated: (a) =>
    `same score (${a.score}); told as done with no date, the plan last due before the page`,
  repeated: (a, b) =>
    `same score (${a.score}); ${a.repeated} of its groups share another's words to ${b.repeated}`,
  split: (a) =>
    `same score (${a.score}); read in one statement of the sentence, not across its semicolon`,
  omitted: (a) =>
    `same score (${a.score}); names every group of its claim, where the other leans on a headline's omission`,
  presupposed: (a, b) =>
    `same score (${a.score}); ${a.presupposed ?? 0} of its groups named only where the sentence takes them for granted to ${b.presupposed ?? 0}`,
  covered: (a, b) =>
    `same score (${a.score}); explains ${a.covered} words of the sentence to ${b.covered}`,
  valued: (a, b) => `same score and words; states ${a.valued} of its values to ${b.valued}`,
  tense: (_a, _b, claim) =>
    `same score and words; ${claim.kind === 'plan' ? 'a plan' : 'an event'} fits the sentence's tense`,
};

/**
 * The winning reading with the clause it read and why it beat the runners-up, for --explain:
 * what a frame took for granted, then each rival with the rule that settled it.
 */
export function explained(best: Reading, readings: readonly Reading[], f: SentenceFacts): Accepted {
  const extra: Evidence[] = [];
  for (const frame of f.frames) {
    const words = f.tokens.slice(frame.from, frame.to + 1);
    const text = f.text.slice(words[0]?.start ?? 0, words.at(-1)?.end ?? 0);
    extra.push({ kind: 'clause', detail: `read the main clause; "${text}" is taken for granted` });
  }
  // What presupposed.ts reads as taken for granted besides frames: a comparison's standard, a
  // clause of "until".
  const granted: [readonly [number, number][], string][] = [
    [comparedStandards(f.tokens, f.text), 'is the standard compared against'],
    [untilClauses(f.tokens, f.text), 'is a clause of time'],
  ];
  for (const [spans, what] of granted)
    for (const [from, to] of spans) {
      const text = f.text.slice(f.tokens[from]?.start ?? 0, f.tokens[to - 1]?.end ?? 0);
      extra.push({ kind: 'clause', detail: `"${text}" ${what}, taken for granted` });
    }
  const rivals = readings
    .filter((r) => r.index !== best.index)
    .sort((a, b) => (outranks(a.result, a.index, b.result, b.index) ? -1 : 1))
    .slice(0, RIVALS_SHOWN);
  for (const r of rivals) {
    const by = settledBy(best.result, r.result);
    const why =
      by === undefined
        ? 'same score and words; earlier in the knowledge base'
        : WHY[by](best.result, r.result, best.claim);
    extra.push({ kind: 'rival', detail: `won over ${r.claim.id}: ${why}` });
  }
  return { ...best.result, evidence: () => [...best.result.evidence(), ...extra] };
}
