/**
 * "Within days" after a verb in the past counts from the event told, not from the page's day:
 * "The council answered the strike within days by voting to close the pier" tells when the
 * council answered, back then; nothing lies ahead of the page. So the date reader gives it no
 * date near the page (resolve-dates.ts), and a claim's exclusion of what is to come named only
 * by those words excludes nothing (recognize.ts). Looking ahead anywhere in the clause before it
 * keeps the old reading: "the crews would be gone within days", "promised an answer within
 * weeks", "expected to leave within days".
 */
import type { Token } from './tokenize';
import { gapHas } from './word-gaps';

/** The units a short span after "within" is counted in. */
const SPANS = new Set(['days', 'weeks', 'hours']);
/** Marks between two words that end the clause. */
const BREAKS = ',;:\u2013\u2014';
/** How far back the clause's verb is looked for. */
const REACH = 10;
/** Words putting what follows ahead, even after a past form ("would be handed over"). */
const AHEAD = new Set(
  (
    "will 'll shall would could should may might must can due expected expects expect " +
    'scheduled slated set promised pledged vowed planned hoped wanted demanded ordered urged ' +
    'asked called aims plans intends'
  ).split(' '),
);
/**
 * Words after a "to" that make it a preposition ("replied to the letter", "wrote to them"), not
 * an infinitive's: determiners and object pronouns.
 */
const TO_AS_PREPOSITION = new Set(
  'the a an its their his her this that these those them it us'.split(' '),
);
/** Past forms not in -ed. */
const PAST = new Set(
  (
    'had was were did fell took came went left gave made sent won lost got held met began ' +
    'drove flew rode sold ran saw brought found struck broke withdrew rose became ' +
    'fled fought kept paid spent stood threw wrote'
  ).split(' '),
);
/** Words in -ed that are no past form. */
const NOT_PAST = new Set(
  'need indeed speed proceed succeed exceed feed seed deed red bed hundred shed bleed breed greed'.split(
    ' ',
  ),
);

function pastForm(word: string): boolean {
  return PAST.has(word) || (word.length > 3 && word.endsWith('ed') && !NOT_PAST.has(word));
}

/** Verbs of saying: a clause reported after one has its own verb, found first or not at all. */
const SAYING = new Set('said told announced stated reported added claimed insisted'.split(' '));
/** Auxiliaries of the passive infinitive: the modal before them decides ("would be handed"). */
const BE = new Set(['be', 'been', 'being']);

/**
 * Whether "within days" (weeks, hours) at `at` follows a verb in the past in its clause: the
 * nearest verb back, past a passive's participle to its auxiliary; one reporting a clause
 * ("said the crews leave within days") is not the clause's own verb.
 */
export function spanAfterPast(tokens: readonly Token[], text: string, at: number): boolean {
  if (tokens[at]?.norm !== 'within' || !SPANS.has(tokens[at + 1]?.norm ?? '')) return false;
  for (let k = at - 1; k >= 0 && k >= at - REACH; k--) {
    const word = (tokens[k] as Token).norm;
    if (AHEAD.has(word) || SAYING.has(word)) return false;
    // "expected to go within days": an infinitive looks ahead.
    if (word === 'to' && !TO_AS_PREPOSITION.has(tokens[k + 1]?.norm ?? '')) return false;
    if (pastForm(word) && !BE.has(tokens[k - 1]?.norm ?? '')) return true;
    if (gapHas(tokens, text, k, BREAKS)) break;
  }
  return false;
}
