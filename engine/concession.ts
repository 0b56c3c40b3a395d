/**
 * "The rebels may have lost the town, but they still hold the ridge"; "Although the pier
 * reopened, the ferries stay away"; "The ferry line, though cut to two boats since May, still
 * sails daily": what a sentence concedes is granted on the way to what it asserts. A claim keyed
 * only in the conceded clause ranks below the main clause's (recognize.ts, as for a clause of
 * time).
 */
import type { Token } from './tokenize';
import { gapHas } from './word-gaps';

/** Modals that, before "have", concede ("may have lost"). */
const CONCEDING = new Set(['may', 'might']);
/** Conjunctions opening a concession at the start of a sentence. */
const ALTHOUGH = new Set(['although', 'though']);

/** Whether the word at `at` lies in a clause the sentence concedes. */
export function conceded(at: number, tokens: readonly Token[], text: string): boolean {
  // "Although …, …" / "Even though …, …": the opening clause, to its first comma.
  const first = tokens[0]?.norm;
  if (
    first !== undefined &&
    (ALTHOUGH.has(first) || (first === 'even' && tokens[1]?.norm === 'though'))
  ) {
    for (let k = 1; k <= at; k++) if (gapHas(tokens, text, k, ',')) return false;
    return true;
  }
  // ", though …," / ", although …," set inside the sentence: from the conjunction after a comma to
  // the next comma, which must come (the main clause goes on after it).
  if (insideCommaConcession(at, tokens, text)) return true;
  // "… may have …, but …": a "may/might have" before the word, a ", but" after it.
  let modal = false;
  for (let k = 0; k + 1 < at; k++)
    if (CONCEDING.has((tokens[k] as Token).norm) && (tokens[k + 1] as Token).norm === 'have') {
      modal = true;
      break;
    }
  if (!modal) return false;
  for (let k = at + 1; k < tokens.length; k++) {
    if ((tokens[k] as Token).norm === 'but' && gapHas(tokens, text, k, ',;')) return true;
    if (gapHas(tokens, text, k, ';:.')) return false;
  }
  return false;
}

/** Whether the word at `at` lies in ", though …," between two commas (or ", even though …,"). */
function insideCommaConcession(at: number, tokens: readonly Token[], text: string): boolean {
  for (let k = at; k > 0; k--) {
    const norm = (tokens[k] as Token).norm;
    const opens =
      (ALTHOUGH.has(norm) && gapHas(tokens, text, k, ',')) ||
      (norm === 'though' &&
        (tokens[k - 1] as Token).norm === 'even' &&
        gapHas(tokens, text, k - 1, ','));
    if (opens) {
      if (k === at) return false;
      for (let j = at + 1; j < tokens.length; j++) if (gapHas(tokens, text, j, ',')) return true;
      return false;
    }
    // A comma between the word and any earlier "though": the word is past that clause.
    if (gapHas(tokens, text, k, ',;:')) return false;
  }
  return false;
}
