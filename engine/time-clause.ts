/**
 * "The ferry firms are paying more for insurance, as the council finishes closing the old pier":
 * a clause opened by ", as" or by "after" tells an event of its own beside the one before it (a
 * story about something else telling ours in passing). When the words after the cue hold every
 * group of a claim, an exclusion named only before the cue belongs to that other news ("the ferry
 * firms"), and excludes nothing (recognize.ts, with set-apart.ts).
 */
import type { Token } from './tokenize';

/** Cheap test on the sentence's text before any word is read. */
const MAY_TIME = /, as |after /i;

/** Words after "as" that make it no clause of time (", as well as", ", as part of", ", as such"). */
const NOT_TIME = new Set([
  'well',
  'part',
  'such',
  'a',
  'an',
  'of',
  'for',
  'to',
  'in',
  'much',
  'many',
]);

/**
 * The first cue of the sentence: [the cue's first token, the token after it], or null. ", as"
 * needs the comma right before it; "after" may stand anywhere past the sentence's first word.
 */
export function timeClauseAt(tokens: readonly Token[], text: string): [number, number] | null {
  if (!MAY_TIME.test(text)) return null;
  for (let k = 1; k + 1 < tokens.length; k++) {
    const t = tokens[k] as Token;
    if (t.norm === 'after') return [k, k + 1];
    if (t.norm !== 'as' || NOT_TIME.has((tokens[k + 1] as Token).norm)) continue;
    if (text.slice((tokens[k - 1] as Token).end, t.start).includes(',')) return [k, k + 1];
  }
  return null;
}
