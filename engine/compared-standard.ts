/**
 * The standard a comparison measures against is one the reader is taken to know: "The crews
 * left two weeks sooner than the timetable the council had drawn up in May" reports the early
 * leaving; the timetable, and the council's drawing it up, are named as known. So too after
 * "ahead of" and "behind" ("ahead of the schedule both towns signed").
 *
 * Short standards ("than planned", "than originally agreed") are frames (find-frames.ts); a
 * longer one opened by a definite word runs to the next break and is read here as a stretch the
 * sentence takes for granted (presupposed.ts): a claim named only there ranks below the main
 * clause's, and is still given when it is the only one.
 */
import { cueClass, hasCue } from './cue-words';
import { NUMBER_WORD_CLASS } from './spelled-numbers';
import type { Token } from './tokenize';
import { inClass } from './word-class';
import { gapHas } from './word-gaps';

/** Marks between two words that end the standard. */
const BREAKS = ',;:\u2013\u2014';
/** Words that open a noun phrase of a known thing: "the timetable", "its plan". */
const DEFINITE = new Set('the its their this that his her our'.split(' '));

/**
 * Auxiliaries after a bare noun that make "than" open a clause of its own: "faster than planners
 * had scheduled", "sooner than officials have said". Its subject is the standard's teller.
 */
const CLAUSE_AUXILIARIES = new Set('had have has would'.split(' '));
/** The words that open a comparison: a sentence with none has no standard (cue-words.ts). */
const COMPARING_CUE = cueClass(['than', 'behind', 'ahead']);

/** Where the standard opened at `at` ends: the first word after a break, or the sentence's end. */
function toBreak(tokens: readonly Token[], text: string, at: number): number {
  let end = at + 1;
  while (end < tokens.length && !gapHas(tokens, text, end, BREAKS)) end++;
  return end;
}

/**
 * The tokens [from, to) of each standard of comparison named with a definite word: from the
 * definite word after "than" ("than the schedule …"), "ahead of" or "behind", to the next break.
 */
export function comparedStandards(tokens: readonly Token[], text: string): [number, number][] {
  const found: [number, number][] = [];
  if (!hasCue(tokens, COMPARING_CUE)) return found;
  for (let k = 1; k + 1 < tokens.length; k++) {
    const word = (tokens[k] as Token).norm;
    let opens = -1;
    if (word === 'than' || word === 'behind') opens = k + 1;
    else if (word === 'ahead' && tokens[k + 1]?.norm === 'of') opens = k + 2;
    if (opens < 0) continue;
    // "than planners had initially scheduled": a clause after "than" with a noun of its own
    // for subject names the standard as known as "than the schedule" does.
    // Not a count ("more than 200 have left", "than a hundred had"): that is the news itself.
    const subject = tokens[opens];
    const clause =
      word === 'than' &&
      subject !== undefined &&
      subject.value === undefined &&
      !inClass(subject, NUMBER_WORD_CLASS) &&
      CLAUSE_AUXILIARIES.has(tokens[opens + 1]?.norm ?? '');
    if (!clause && !DEFINITE.has(tokens[opens]?.norm ?? '')) continue;
    if (gapHas(tokens, text, opens, BREAKS)) continue;
    const end = toBreak(tokens, text, opens);
    // The comparison itself ("ahead of", "earlier than") is the sentence's news: the standard
    // starts after it.
    found.push([opens, end]);
    k = end - 1;
  }
  return found;
}
