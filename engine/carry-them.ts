/**
 * "The crews left the Old Pier in May. Portsea and Ashby took them in.": "them" past a
 * sentence's first word, in a sentence that names no one of its own, stands for those the
 * sentence before named; carrySubject (carry-subject.ts) carries them there, as it carries a
 * pronoun subject's. Not when the sentence names someone itself ("The mayor thanked them.":
 * "them" may be anyone's), nor when it holds a capitalised name no concept of the story covers
 * ("Dockers at Kelby met them.": a rival the story does not know), nor after a verb of saying
 * ("Dockers said the deal suits them.": those who say it), nor when either sentence is about
 * another conflict.
 */

import { NO_NAME } from './carry-context';
import { type ConceptHit, coversToken } from './find-concepts';
import type { SentenceWords } from './sentence-facts';
import { isUpper, type Token } from './tokenize';
import type { ConceptId } from './types';

/**
 * Verbs of saying and thinking: "Officials said the plan suits them." — "them" in what a sentence
 * reports is most often those who say it, not those the sentence before named.
 */
const SAYING: ReadonlySet<string> = new Set([
  'said',
  'say',
  'says',
  'told',
  'tell',
  'tells',
  'added',
  'argued',
  'argue',
  'argues',
  'claimed',
  'claim',
  'claims',
  'warned',
  'complained',
  'fear',
  'fears',
  'feared',
  'believe',
  'believes',
  'think',
  'thinks',
]);

/** A text cue for "them": most sentences hold none, and are done at one look at the text. */
const THEM_TEXT = /\bthem\b/i;

/**
 * The token of the first "them" past the sentence's first word when the sentence names no actor
 * of its own and no name the story does not know, and neither it nor the sentence before is
 * about another conflict, or -1.
 */
export function themObjectAt(
  current: SentenceWords,
  previous: SentenceWords,
  actors: ReadonlySet<ConceptId>,
): number {
  if (!THEM_TEXT.test(current.text)) return -1;
  // "Crews left the Farland front in 2021. Critics blamed them.": those of another conflict.
  if (current.otherTheatre || previous.otherTheatre) return -1;
  const { tokens, hits } = current;
  for (let j = 0; j < hits.length; j++) if (actors.has((hits[j] as ConceptHit).concept)) return -1;
  let at = -1;
  let saying = false;
  for (let k = 1; k < tokens.length; k++) {
    const t = tokens[k] as Token;
    if (at < 0 && SAYING.has(t.norm)) saying = true;
    // "… said the vote handed them a win": those who said it.
    if (at < 0 && t.norm === 'them') {
      if (saying) return -1;
      at = k;
    }
    if (isUpper(t.raw.charCodeAt(0)) && !NO_NAME.has(t.norm) && !coversToken(hits, k, false))
      return -1;
  }
  return at;
}
