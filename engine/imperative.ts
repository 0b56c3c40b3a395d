/**
 * "Keep the crews at the pier, and let the council decide later": a sentence opening on a bare
 * verb with no subject bids the reader (or the powers addressed) do something; it reports no
 * event, so no claim whose words all lie in that opening clause is asserted by it. The clause
 * ends at its first comma, semicolon, colon or dash. Only verbs whose bare form opens a
 * statement rarely are read so ("Leave", "Keep", "Let", "Send", …); "Leaving the pier, the
 * crews …" or "Kept at the pier, …" are not bare, and a question is the topic gate's. Nor is
 * a bidding joined by "and" or "or" to its outcome ("Leave too soon and the militias return"):
 * it is a condition, and the sentence tells what would follow it; nor one that frames a
 * statement ("Keep in mind that the crews left in May").
 */
import type { ConceptHit } from './find-concepts';
import { ownHitsBefore } from './opening-condition';
import type { SentenceFacts } from './sentence-facts';
import type { Token } from './tokenize';
import { gapHas } from './word-gaps';

/** Bare verbs that open a bidding: the writer tells someone what to do. */
const BIDDING = new Set(
  'keep let bring send leave stay pull stop hand give quit finish'.split(' '),
);

/** "Leave too soon and …", "Pull out or …": the bidding is the condition of what follows. */
const JOINED = new Set(['and', 'or']);

/**
 * The verb of a bidding opening the sentence whose clause holds every one of the claim's own
 * first hits, if any: the claim is bidden, not reported.
 */
export function bidden(firstHits: readonly ConceptHit[], facts: SentenceFacts): Token | undefined {
  const tokens = facts.tokens;
  const opening = tokens[0];
  if (!opening || !BIDDING.has(opening.norm)) return undefined;
  // A capital marks the sentence's start; a bare lower-case word is a fragment of something else.
  const first = opening.raw.charAt(0);
  if (first === first.toLowerCase()) return undefined;
  let end = tokens.length;
  for (let k = 1; k < tokens.length; k++) {
    if (gapHas(tokens, facts.text, k, ',;:—–')) {
      end = k;
      break;
    }
    // "Leave too soon and the militias move in": a bidding joined to what follows it is a
    // condition, and the sentence warns of its outcome.
    if (JOINED.has((tokens[k] as Token).norm)) return undefined;
    // "Keep in mind that …", "Let it be said that …": the bidding frames a statement it reports.
    if ((tokens[k] as Token).norm === 'that') return undefined;
  }
  return ownHitsBefore(firstHits, end) ? opening : undefined;
}
