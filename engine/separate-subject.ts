/**
 * "A separate charter of 1998 governs the ferry links", "The separate pier deal with Ashby was
 * signed in May": a subject opened by "a / the separate" (or "a different") is set
 * apart from what the article tells: it names something other than the story's own thing of that
 * name. A claim one of whose groups is named only inside such a subject is not what the sentence
 * tells (recognize.ts). The subject runs from the cue to its verb: an auxiliary, a relative
 * pronoun, a past, a comma, or a present in "-s" after the subject's first word.
 */

import { pastForm } from './irregular-past';
import type { Token } from './tokenize';
import { gapHas } from './word-gaps';

/** Cheap test on the sentence's text before any word is read. */
const MAY_SET_APART = /separate|different/i;

/** The cue's words, each with the determiner that must stand right before it (or none). */
const CUES: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['separate', new Set(['a', 'an', 'the'])],
  ['different', new Set(['a'])],
]);
/** Words that may open the sentence before the cue's determiner. */
const OPENERS = new Set(['but', 'and', 'meanwhile', 'yet']);
/** Words that end a subject: a relative pronoun or an auxiliary. */
const SUBJECT_ENDS = new Set(
  'who which that whose is are was were has have had will would can could may might shall should must been be'.split(
    ' ',
  ),
);

/**
 * The subject set apart, as [its first token after the cue, the token after its last], or null
 * when the sentence does not open on such a subject.
 */
export function separateSubject(tokens: readonly Token[], text: string): [number, number] | null {
  if (!MAY_SET_APART.test(text)) return null;
  let k = 0;
  if (OPENERS.has(tokens[k]?.norm ?? '')) k++;
  const first = tokens[k]?.norm ?? '';
  if (!CUES.get(tokens[k + 1]?.norm ?? '')?.has(first)) return null;
  const from = k + 2;
  let to = from;
  for (; to < tokens.length; to++) {
    const norm = (tokens[to] as Token).norm;
    if (to > from && gapHas(tokens, text, to, ',;:')) break;
    if (SUBJECT_ENDS.has(norm) || pastForm(norm)) break;
    // "… of 2008 governs …": a present after the subject's first word is its verb.
    if (to > from && /^[a-z]+[^s]s$/.test(norm) && (tokens[to] as Token).raw === norm) break;
  }
  return to > from ? [from, to] : null;
}
