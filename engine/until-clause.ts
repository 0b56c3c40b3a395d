/**
 * A clause of time opened by "until" takes its event for granted: "The crews stayed on the
 * pier until the ferry service ended in May" tells the staying; the service's end is named as
 * known, as it is after "after" or "since" (recognize.ts, subordinate()). Read from the definite
 * word after "until" to the next break, as a stretch the sentence takes for granted
 * (presupposed.ts): a claim named only there ranks below the main clause's, and is still given
 * when it is the only one. "Until May", "until 2026", "until further notice" name a time, not an
 * event, and are left alone.
 */
import { cueClass, hasCue } from './cue-words';
import type { Token } from './tokenize';
import { gapHas } from './word-gaps';

/** Marks between two words that end the clause. */
const BREAKS = ',;:\u2013\u2014';
/** Words that open the noun phrase of a known event: "the service", "its mission". */
const DEFINITE = new Set('the its their this that his her our'.split(' '));
const UNTIL = new Set(['until', 'till']);
/** A sentence with neither word has no such clause: not walked (cue-words.ts). */
const UNTIL_CUE = cueClass(UNTIL);

/** The tokens [from, to) of each clause of "until" naming an event with a definite word. */
export function untilClauses(tokens: readonly Token[], text: string): [number, number][] {
  const found: [number, number][] = [];
  if (!hasCue(tokens, UNTIL_CUE)) return found;
  for (let k = 1; k + 2 < tokens.length; k++) {
    if (!UNTIL.has((tokens[k] as Token).norm)) continue;
    const opens = k + 1;
    if (!DEFINITE.has((tokens[opens] as Token).norm) || gapHas(tokens, text, opens, BREAKS))
      continue;
    // "until the end of May", "until the spring": a time, not an event (a date or a bare
    // season is read by resolve-dates.ts).
    const head = tokens[opens + 1] as Token;
    if (head.value !== undefined || TIME_NOUNS.has(head.norm)) continue;
    let end = opens + 1;
    while (end < tokens.length && !gapHas(tokens, text, end, BREAKS)) end++;
    found.push([k, end]);
    k = end - 1;
  }
  return found;
}

/** Nouns of a time, not an event: "until the end of May", "until the spring". */
const TIME_NOUNS = new Set(
  'end start beginning middle close turn spring summer autumn fall winter year month week weekend day time moment'.split(
    ' ',
  ),
);
