/**
 * "The crews stayed on at the pier, part of the arrangement that the council agreed would outlast
 * the closure": a noun phrase set after a comma names again what the main clause told, and the
 * relative clause on it ("that the council agreed …") describes that thing as known; what the
 * sentence asserts is its main clause. The relative clause is taken for granted (presupposed.ts).
 */
import { cueClass, hasCue } from './cue-words';
import type { Token } from './tokenize';
import { gapHas } from './word-gaps';

/** Marks that open or close the noun phrase and the clause on it. */
const BREAKS = ',;:\u2013\u2014';
/** Words opening the noun phrase: "a", "the", "its", or "part of" / "one of" before one. */
const DETERMINERS = new Set('a an the its their his her'.split(' '));
const PARTITIVES = new Set(['part', 'one']);
/** The relative's words: a sentence with neither has no such clause (cue-words.ts). */
const RELATIVE_CUE = cueClass(['that', 'which']);
/** How many words may stand between the determiner and "that"/"which". */
const NOUN_WORDS = 4;
/** Words before "that" that make it a conjunction: "a sign that …", "the news that …". */
const NOT_ANTECEDENT = new Set(
  'sign signs news fact view belief hope hopes fear fears claim claims warning warnings reminder assurance assurances suggestion idea proof evidence word'.split(
    ' ',
  ),
);

/**
 * Words that make the phrase a clause of its own, not a noun phrase: an auxiliary or a verb of
 * saying before "that" ("For years, the groups have said that …" opens the main clause).
 */
const CLAUSE_WORDS = new Set(
  'is are was were will would has have had can could may might must should do does did said says say told tells added adds warned warns argued argues insisted insists noted notes reported reports claimed claims believe believes believed'.split(
    ' ',
  ),
);

/** The start of the noun phrase at `k` (its determiner's position), or -1. */
function phraseStart(tokens: readonly Token[], k: number): number {
  const word = tokens[k]?.norm ?? '';
  if (DETERMINERS.has(word)) return k + 1;
  if (PARTITIVES.has(word) && tokens[k + 1]?.norm === 'of')
    return DETERMINERS.has(tokens[k + 2]?.norm ?? '') ? k + 3 : -1;
  return -1;
}

/**
 * The tokens [from, to) of each relative clause on a noun phrase that follows a comma, from
 * "that"/"which" to the next break or the sentence's end.
 */
export function appositiveRelatives(tokens: readonly Token[], text: string): [number, number][] {
  const found: [number, number][] = [];
  if (!hasCue(tokens, RELATIVE_CUE)) return found;
  for (let k = 1; k < tokens.length - 2; k++) {
    if (!gapHas(tokens, text, k, ',')) continue;
    const start = phraseStart(tokens, k);
    if (start < 0) continue;
    for (let j = start + 1; j <= start + NOUN_WORDS && j < tokens.length - 1; j++) {
      if (gapHas(tokens, text, j, BREAKS)) break;
      const t = tokens[j] as Token;
      if (CLAUSE_WORDS.has(t.norm)) break;
      if (t.norm !== 'that' && t.norm !== 'which') continue;
      if (NOT_ANTECEDENT.has((tokens[j - 1] as Token).norm)) break;
      let end = j + 1;
      while (end < tokens.length && !gapHas(tokens, text, end, BREAKS)) end++;
      found.push([j, end]);
      k = end - 1;
      break;
    }
  }
  return found;
}
