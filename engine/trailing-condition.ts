/**
 * "The reopening could be delayed if the river floods": a verb after "could" or "might" with a
 * condition after it ("if", "unless") supposes the event, as an opening condition does
 * (hypothetical.ts); it reports neither a plan nor an event, so no claim is asserted by it.
 * "Would" is left alone: "officials said the ferries would sail in May, if all went well"
 * reports a plan in the past tense, hedged; but not with "only if" or "would only … if": "the
 * reopening would only be a success if the ferries came back" sets a condition the speaker
 * doubts, and asserts neither the success nor the reopening. Only a condition in the same clause
 * counts, and only for claim words in the modal's clause: in "The ferries sailed in May; the
 * pier could close if repairs run late" the first clause still reports its sailing.
 */
import type { ConceptHit } from './find-concepts';
import type { SentenceFacts } from './sentence-facts';
import type { Token } from './tokenize';
import { wordClass } from './word-class';
import { gapHas } from './word-gaps';

const MODALS = new Set(['could', 'might']);
/** MODALS as a word class: a bit tested at each token of the sentence, for each claim read. */
const MODAL = wordClass(MODALS);
const CONDITIONS = new Set(['if', 'unless']);
/** How far after its modal a condition may open ("could be put off for months if …"). */
const CONDITION_REACH = 12;

/** Where the clause holding the token at `at` starts: after the last semicolon or dash before it. */
function clauseStart(facts: SentenceFacts, at: number): number {
  const tokens = facts.tokens;
  for (let k = at; k > 0; k--) if (gapHas(tokens, facts.text, k, ';—–')) return k;
  return 0;
}

/**
 * Every claim word the sentence counted lies in the modal's clause (from `start`, before the
 * condition at `condition`), one of them after the modal at `modal` ("the reopening could be
 * delayed"). Apart from conditioned(): closures in its loop over the words, holding the loop's
 * positions, made every pass allocate a context for them.
 */
function inModalClause(
  firstHits: readonly ConceptHit[],
  start: number,
  modal: number,
  condition: number,
): boolean {
  const told = firstHits.filter((h) => !h.inferred);
  return (
    told.length > 0 &&
    told.every((h) => h.from >= start && h.from < condition) &&
    told.some((h) => h.from > modal)
  );
}

/** The modal of a clause that holds the claim's words and ends in a condition, if any. */
export function conditioned(
  firstHits: readonly ConceptHit[],
  facts: SentenceFacts,
): Token | undefined {
  const tokens = facts.tokens;
  for (let m = 1; m < tokens.length; m++) {
    const modal = tokens[m] as Token;
    // "would" supposes only with "only": "the deal would only be a win if the crews left".
    const onlyWould = modal.norm === 'would';
    if ((modal.classes & MODAL) === 0 && !onlyWould) continue;
    for (let c = m + 1; c < tokens.length && c <= m + CONDITION_REACH; c++) {
      // A clause of its own after a semicolon or a dash is another statement.
      if (gapHas(tokens, facts.text, c, ';—–')) break;
      if (!CONDITIONS.has((tokens[c] as Token).norm)) continue;
      // "as if", "even if" compare or concede; they do not make the clause a supposition.
      const before = (tokens[c - 1] as Token).norm;
      if (before === 'as' || before === 'even') break;
      if (onlyWould && before !== 'only' && tokens[m + 1]?.norm !== 'only') break;
      if (inModalClause(firstHits, clauseStart(facts, m), m, c)) return modal;
      break;
    }
  }
  return undefined;
}
