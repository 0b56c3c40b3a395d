/**
 * "Riverton should keep a small crew at the pier after May": a verb after "should" or "ought
 * to" recommends; it reports no event, and no claim is asserted by it. Where the story's own
 * phrasings take "should" with its verb ("should leave", read as a plan), the phrase decides:
 * a word some phrase already covers is not a bare recommendation. Only in the main clause:
 * "the crews are at the pier, where they should stay until May" reports the plan for them.
 */
import type { ConceptHit } from './find-concepts';
import type { SentenceFacts } from './sentence-facts';

/** Words that open a clause of their own before its "should": a report, a plan, a condition. */
const CLAUSE_OPENERS = new Set(
  'where which who whom whose that when while until since because as if unless though although after before once'.split(
    ' ',
  ),
);

/** Whether the token at `at` stands in the sentence's main clause (no opener before it). */
function mainClause(facts: SentenceFacts, at: number): boolean {
  for (let k = 0; k < at; k++)
    if (CLAUSE_OPENERS.has((facts.tokens[k] as { norm: string }).norm)) return false;
  return true;
}

/** Whether a hit of the sentence covers the token at `at`. */
function covered(facts: SentenceFacts, at: number): boolean {
  for (let i = 0; i < facts.hits.length; i++) {
    const h = facts.hits[i] as ConceptHit;
    if (!h.inferred && h.from <= at && at < h.to) return true;
  }
  return false;
}

/** The first of `parts` that a bare "should" or "ought to" right before it recommends, if any. */
export function recommended(
  parts: readonly ConceptHit[],
  facts: SentenceFacts,
): ConceptHit | undefined {
  const tokens = facts.tokens;
  for (let i = 0; i < parts.length; i++) {
    const h = parts[i] as ConceptHit;
    if (h.inferred || h.from === 0) continue;
    const before = tokens[h.from - 1]?.norm;
    const modal =
      before === 'should'
        ? h.from - 1
        : before === 'to' && tokens[h.from - 2]?.norm === 'ought'
          ? h.from - 2
          : -1;
    if (modal >= 0 && !covered(facts, modal) && mainClause(facts, modal)) return h;
  }
  return undefined;
}
