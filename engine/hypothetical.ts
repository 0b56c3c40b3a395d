/**
 * "If the council agrees, the ferries could sail again in May": a main clause told under an
 * opening condition with "could", "would", "might" or "may" supposes the event; it reports
 * neither a plan nor an event, so no claim is asserted by it. With "will" the condition only
 * hedges a plan ("If all goes well, the ferries will sail in May" still tells the plan). The
 * condition may be inverted: "Should the vote fail, …", "Were the council to agree, …", "Had
 * the money come, …" (a question ending in "?" is the topic gate's). A short tag of saying after
 * the condition (", one engineer said,") is not the main clause: the clause after it is.
 */
import type { SentenceFacts } from './sentence-facts';
import type { Token } from './tokenize';
import { gapHas } from './word-gaps';

const CONDITIONS = new Set(['if', 'unless', 'should', 'were', 'had']);
const SUPPOSING = new Set(['could', 'would', 'might', 'may']);
/** How far into the main clause its modal may stand ("the last of the crews could …"). */
const MODAL_REACH = 8;

/** Verbs of saying that close a short tag set off by commas: ", an official said,". */
const SAYING = new Set(
  'said says told tells added adds warned warns noted notes argued argues insisted insists explained'.split(
    ' ',
  ),
);
/** How long a tag of saying between the condition and its main clause may be. */
const TAG_REACH = 6;

/**
 * "If the river floods, one engineer said, the pier could close": a short tag naming who says
 * it, between the condition's comma and the main clause, is skipped; the main clause starts
 * after the tag's own comma. Returns `main` unchanged when no such tag stands there.
 */
function pastSpeechTag(facts: SentenceFacts, main: number): number {
  const tokens = facts.tokens;
  for (let k = main + 1; k < tokens.length && k <= main + TAG_REACH; k++)
    if (gapHas(tokens, facts.text, k, ',;:'))
      return gapHas(tokens, facts.text, k, ',') && SAYING.has((tokens[k - 1] as Token).norm)
        ? k
        : main;
  return main;
}

/** The modal of a main clause told under an opening condition, if any. */
export function supposed(facts: SentenceFacts): Token | undefined {
  const tokens = facts.tokens;
  if (!CONDITIONS.has(tokens[0]?.norm ?? '')) return undefined;
  // The condition ends at its comma; the main clause follows it.
  let main = -1;
  for (let k = 1; k < tokens.length; k++)
    if (gapHas(tokens, facts.text, k, ',')) {
      main = k;
      break;
    }
  if (main < 0) return undefined;
  main = pastSpeechTag(facts, main);
  for (let k = main; k < tokens.length && k < main + MODAL_REACH; k++) {
    if (k > main && gapHas(tokens, facts.text, k, ',;:')) return undefined;
    if (SUPPOSING.has((tokens[k] as Token).norm)) return tokens[k];
  }
  return undefined;
}
