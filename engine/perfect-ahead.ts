/**
 * "The town will remember the crews long after the last ferry has sailed", "Once the crews have
 * left, the harbour board will sell the pier": a perfect in a clause of time beside a main clause
 * that looks ahead ("will", "shall", "'ll") tells what will have happened by then, not what has.
 * An event the clause names is still to come there (recognize.ts). Not "The pier has stood empty
 * since the crews left" (no look ahead), nor "… will sail when the crews left last year" (no
 * perfect: a past the writer dates), nor a look ahead in another statement of the sentence.
 */
import type { Token } from './tokenize';
import { gapHas } from './word-gaps';

/** Conjunctions opening a clause of time. */
const TIME_CONJUNCTIONS = new Set(['after', 'once', 'when', 'until', 'till', 'before']);

/** Words of the main clause that look ahead. */
const AHEAD = new Set(['will', 'shall']);

/** The perfect's auxiliaries in the present: "has sailed", "have left". */
const PERFECT = new Set(['has', 'have']);

/** How far after the conjunction the perfect may stand ("after the last of the old crews has"). */
const PERFECT_REACH = 8;

/** Marks that end a clause. */
const CLAUSE_ENDS = ',;:\u2013\u2014';

/** Whether the word looks ahead: "will", "shall", or a contraction in "'ll". */
function looksAhead(word: string): boolean {
  return AHEAD.has(word) || word.endsWith("'ll") || word.endsWith('\u2019ll');
}

/**
 * The end (exclusive) of the clause opened at `from`: the next mark ending a clause, or the
 * sentence's end.
 */
function clauseEnd(tokens: readonly Token[], text: string, from: number): number {
  for (let k = from + 1; k < tokens.length; k++) if (gapHas(tokens, text, k, CLAUSE_ENDS)) return k;
  return tokens.length;
}

/** Whether the clause [from, to) holds a present perfect ("has sailed", "have all left"). */
function holdsPerfect(tokens: readonly Token[], from: number, to: number): boolean {
  const last = Math.min(to - 1, from + PERFECT_REACH);
  for (let k = from + 1; k < last; k++) if (PERFECT.has((tokens[k] as Token).norm)) return true;
  return false;
}

/** Whether a word in [from, to) looks ahead, with no semicolon or colon between it and `at`. */
function aheadWithin(
  tokens: readonly Token[],
  text: string,
  from: number,
  to: number,
  at: number,
): boolean {
  for (let k = from; k < to; k++) {
    if (!looksAhead((tokens[k] as Token).norm)) continue;
    const lo = Math.min(k, at);
    const hi = Math.max(k, at);
    let apart = false;
    for (let j = lo + 1; j <= hi && !apart; j++) apart = gapHas(tokens, text, j, ';:');
    if (!apart) return true;
  }
  return false;
}

/**
 * The token spans [from, to) of the clauses of time the sentence tells as still to come: opened
 * by a conjunction of time, holding a present perfect, beside a main clause that looks ahead
 * (before the conjunction, or after the clause when it opens the sentence).
 */
export function perfectsAhead(tokens: readonly Token[], text: string): [number, number][] {
  const spans: [number, number][] = [];
  if (!text.includes(' ha')) return spans;
  for (let k = 0; k < tokens.length; k++) {
    if (!TIME_CONJUNCTIONS.has((tokens[k] as Token).norm)) continue;
    const end = clauseEnd(tokens, text, k);
    if (!holdsPerfect(tokens, k, end)) continue;
    const ahead =
      aheadWithin(tokens, text, 0, k, k) ||
      (k <= 1 && aheadWithin(tokens, text, end, tokens.length, end));
    if (ahead) spans.push([k, end]);
  }
  return spans;
}
