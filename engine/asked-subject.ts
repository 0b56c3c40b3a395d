/**
 * "What happens to the crews after the pier closes remains unclear": a clause whose verb is a
 * copula followed by a word of doubt ("is unclear", "remains uncertain", "is not yet known")
 * says that its subject is not known; whatever the subject names ("the crews stay", "how many
 * ferries sail in May") is asked, not reported. The doubt reaches back over the subject only, to
 * the start of its clause: "the crews stay at the pier, though their number remains unclear"
 * still reports that they stay.
 */
import { UNCERTAIN } from './english';
import type { ConceptHit } from './find-concepts';
import type { SentenceFacts } from './sentence-facts';
import type { Token } from './tokenize';
import { gapHas } from './word-gaps';

/** The linking verbs whose complement can be a word of doubt. */
const COPULAS = new Set(
  'is are was were be been remains remain remained stays stay stayed seems seem seemed appears appear appeared looks look looked'.split(
    ' ',
  ),
);

/** Words that may stand between the copula and the doubt: "is still unclear", "remains far from clear". */
const BETWEEN = new Set('still yet also now largely entirely as so far from'.split(' '));

/**
 * Words that open a clause of their own, ending the subject's reach backwards. A relative
 * clause ("the crews who stay") belongs to the subject, so "who", "which" and "that" do not.
 */
const OPENERS = new Set(
  'and but though although while whereas because since as so yet or'.split(' '),
);

/** The token before the doubt that is its copula, or -1 when the doubt follows none. */
function copulaBefore(tokens: readonly Token[], doubt: number): number {
  for (let k = doubt - 1; k >= 1 && k >= doubt - 3; k--) {
    const norm = (tokens[k] as Token).norm;
    if (COPULAS.has(norm)) return k;
    if (!BETWEEN.has(norm)) return -1;
  }
  return -1;
}

/** Where the clause holding token `at` starts: after a comma, semicolon, dash or clause opener. */
function clauseStart(facts: SentenceFacts, at: number): number {
  const { tokens, text } = facts;
  for (let k = at; k >= 1; k--) {
    if (gapHas(tokens, text, k, ',;:—–')) return k;
    if (OPENERS.has((tokens[k - 1] as Token).norm)) return k;
  }
  return 0;
}

/**
 * The doubt that leaves every one of `parts` asked, as the subject of "… is unclear", or
 * undefined. Parts carried from another sentence are not the subject's, and are let be.
 */
export function askedSubject(
  parts: readonly ConceptHit[],
  facts: SentenceFacts,
): ConceptHit | undefined {
  const at = facts.hitsOf(UNCERTAIN);
  if (at.length === 0) return undefined;
  const own = parts.filter((h) => !h.inferred);
  if (own.length === 0) return undefined;
  for (let i = 0; i < at.length; i++) {
    const doubt = facts.hits[at[i] as number] as ConceptHit;
    const copula = copulaBefore(facts.tokens, doubt.from);
    if (copula < 0) continue;
    const start = clauseStart(facts, copula - 1);
    // The copula may be a part itself ("remains" read as staying): there it only links.
    if (own.every((h) => h.from >= start && h.to <= copula + 1)) return doubt;
  }
  return undefined;
}
