/**
 * A claim that is someone's stated position ("the harbour master said the pier still needs the
 * tugs") is asserted only by that speaker. A sentence whose own teller is someone else ("Dock
 * workers said they still need the tugs for some jobs") reports another voice saying something
 * alike, not the claim. The teller is the sentence's opening subject before a verb of saying
 * ("The dock workers said …", "Two captains told reporters …"), the tail naming who tells it
 * (", a dock worker said."), or "according to …". A sentence naming the claim's speaker
 * anywhere ("Dock workers said the harbour master wants the tugs kept") reports the speaker's
 * position, and one naming no teller is left to the claim's other words.
 */
import { attributionSpans, tailAttribution } from './attribution';
import type { SentenceWords } from './sentence-facts';
import type { Token } from './tokenize';
import type { ConceptId } from './types';

/** Verbs of saying that close an opening subject: "The crews said …". */
const SAYING = new Set(
  'said says told tells stated states added adds noted notes insisted insists warned warns argued argues maintained maintains stressed stresses'.split(
    ' ',
  ),
);
/** Auxiliaries that may stand between the subject and its verb of saying ("had warned"). */
const AUXILIARIES = new Set('has have had also again repeatedly'.split(' '));
/** How many words an opening subject may run to before its verb of saying. */
const SUBJECT_REACH = 8;
/** Marks inside an opening subject that make it something other than a plain name. */
const BREAKS = ',;:"“”(';

/** Whether the text between two words holds one of BREAKS. */
function breaks(gap: string): boolean {
  for (let i = 0; i < gap.length; i++) if (BREAKS.includes(gap.charAt(i))) return true;
  return false;
}

/** The opening subject before a verb of saying, [from, to), or undefined. */
export function openingTeller(
  tokens: readonly Token[],
  text: string,
): [number, number] | undefined {
  for (let k = 1; k < tokens.length && k <= SUBJECT_REACH; k++) {
    const gap = text.slice((tokens[k - 1] as Token).end, (tokens[k] as Token).start);
    if (breaks(gap)) return undefined;
    if (!SAYING.has((tokens[k] as Token).norm)) continue;
    let to = k;
    while (to > 1 && AUXILIARIES.has((tokens[to - 1] as Token).norm)) to--;
    return [0, to];
  }
  return undefined;
}

/**
 * Whether the sentence names a teller of its own and nowhere names one of the claim's `speakers`
 * (the speaker or one of its titles) in its own words or, carried from before ("He said …"), as
 * the teller.
 */
export function toldByAnother(words: SentenceWords, speakers: readonly ConceptId[]): boolean {
  const { tokens, text } = words;
  const tellers: [number, number][] = [];
  const opening = openingTeller(tokens, text);
  if (opening) tellers.push(opening);
  const tail = tailAttribution(tokens, text);
  if (tail) tellers.push(tail);
  tellers.push(...attributionSpans(tokens, text));
  if (tellers.length === 0) return false;
  return !words.hits.some(
    (h) =>
      speakers.includes(h.concept) &&
      (!h.inferred || tellers.some(([from, to]) => h.from < to && h.to > from)),
  );
}
