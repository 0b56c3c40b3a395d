/**
 * "If only Washington had agreed a timetable in 2020", "I wish the crews had left in May", "I
 * would rather the council had told us": a wish opening the sentence wants the event, or
 * regrets that it did not happen; it reports neither a plan nor an event, so no claim is
 * asserted by it. The wish covers its own clause only: after a semicolon or ", but" ("I wish it
 * were otherwise, but the crews left in May") the sentence reports again. Only the writer's
 * own wish opens so ("I", "we"); "I wish to note that …" is a courtesy before a statement, and
 * reports.
 */
import type { ConceptHit } from './find-concepts';
import type { SentenceFacts } from './sentence-facts';
import type { Token } from './tokenize';
import { gapHas } from './word-gaps';

/** Who may open a wish of the writer's own. */
const WISHERS = new Set(['i', 'we']);
/** "I'd rather", "we'd sooner": the contracted modal is one token. */
const CONTRACTED = new Set(["i'd", "we'd", 'i’d', 'we’d']);
/** The comparatives of a preference: "would rather", "would sooner". */
const RATHER = new Set(['rather', 'sooner']);
/** Words that open a clause reporting again after the wish: ", but …", ", yet …". */
const BUT = new Set(['but', 'yet']);

/** The word that opens a wish at the sentence's start ("only", "wish", "rather"), if any. */
function wishOpening(tokens: readonly Token[]): Token | undefined {
  const [a, b, c, d] = tokens;
  if (!a || !b) return undefined;
  if (a.norm === 'if' && b.norm === 'only') return b;
  if (WISHERS.has(a.norm) && (b.norm === 'wish' || b.norm === 'wished'))
    return c?.norm === 'to' ? undefined : b;
  if (CONTRACTED.has(a.norm) && RATHER.has(b.norm)) return b;
  if (WISHERS.has(a.norm) && b.norm === 'would' && c && RATHER.has(c.norm))
    return d?.norm === 'not' ? undefined : c;
  return undefined;
}

/**
 * The word of a wish opening the sentence whose clause holds every one of the claim's first
 * hits, if any: the claim is wished, not reported.
 */
export function wished(firstHits: readonly ConceptHit[], facts: SentenceFacts): Token | undefined {
  const tokens = facts.tokens;
  const opening = wishOpening(tokens);
  if (!opening) return undefined;
  let end = tokens.length;
  for (let k = 1; k < tokens.length; k++) {
    const t = tokens[k] as Token;
    if (
      gapHas(tokens, facts.text, k, ';—–') ||
      (BUT.has(t.norm) && gapHas(tokens, facts.text, k, ','))
    ) {
      end = k;
      break;
    }
  }
  return firstHits.every((h) => h.from < end) ? opening : undefined;
}
