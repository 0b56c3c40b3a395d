/**
 * "If the crews leave the pier next May, the town will lose its ferry": an opening condition
 * supposes its own event whatever its main clause tells; a claim whose words all lie in the
 * condition's clause is supposed, not reported, even when the main clause says "will" (where
 * hypothetical.ts lets a plan told in the main clause stand: "If all goes well, the ferries will
 * sail in May"). The condition's clause ends at its first comma, semicolon or dash. A condition
 * that takes its event as known ("If the crews leave in May as agreed, …") still names it, and
 * is left to the other readings; so is "If only …" (wished.ts).
 */
import type { ConceptHit } from './find-concepts';
import type { SentenceFacts } from './sentence-facts';
import type { Token } from './tokenize';
import { gapHas } from './word-gaps';

const CONDITIONS = new Set(['if', 'unless']);
/** "as agreed", "as planned": the condition presupposes its event (labelled as hinted). */
const KNOWN = new Set([
  'agreed',
  'planned',
  'promised',
  'scheduled',
  'expected',
  'announced',
  'intended',
]);

/**
 * The word opening a condition whose clause holds every one of the claim's first hits found in
 * the sentence itself, if any: the claim is supposed, not reported.
 */
export function inOpeningCondition(
  firstHits: readonly ConceptHit[],
  facts: SentenceFacts,
): Token | undefined {
  const tokens = facts.tokens;
  const opening = tokens[0];
  if (!opening || !CONDITIONS.has(opening.norm) || tokens[1]?.norm === 'only') return undefined;
  let end = -1;
  for (let k = 1; k < tokens.length; k++) {
    if (gapHas(tokens, facts.text, k, ',;:—–')) {
      end = k;
      break;
    }
    const t = tokens[k] as Token;
    if (KNOWN.has(t.norm) && (tokens[k - 1] as Token).norm === 'as') return undefined;
  }
  if (end < 0) return undefined;
  return ownHitsBefore(firstHits, end) ? opening : undefined;
}

/**
 * Whether the claim's first hits found in the sentence itself (not inferred) are at least one
 * and all lie before token `end`: its words are all in the opening clause. Also bidden's
 * (imperative.ts).
 */
export function ownHitsBefore(firstHits: readonly ConceptHit[], end: number): boolean {
  let own = 0;
  for (const h of firstHits) {
    if (h.inferred) continue;
    if (h.from >= end) return false;
    own++;
  }
  return own > 0;
}
