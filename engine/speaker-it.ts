/**
 * "The harbour board said on Wednesday it was reviewing …": after a body's verb of
 * saying, "it" is the body telling of itself (a ministry, a firm, a committee speaks of itself
 * as "it"), not a name the sentence before gave. A person's "said it" ("The minister said it
 * would again be the basis of their ties") is left to the readings that look back.
 */
import type { Token } from './tokenize';

/** Verbs of saying a body reports its own doings with. */
const SAYING = new Set(
  'said says announced announces stated states added adds confirmed confirms insisted insists indicated warned'.split(
    ' ',
  ),
);

/** Nouns of a body, not a person, that may head the subject right before the verb. */
const BODIES = new Set(
  'ministry government department office board company firm group committee commission council army military embassy alliance party bloc movement agency command presidency cabinet parliament court union administration authority organisation organization mission contingent force'.split(
    ' ',
  ),
);

/** Words of a short time or manner between the verb and "it": "on Wednesday", "in a statement". */
const BETWEEN = new Set(
  'on in a its last this week month today yesterday tonight statement that monday tuesday wednesday thursday friday saturday sunday'.split(
    ' ',
  ),
);
/** How many such words may stand between the verb and "it". */
const REACH = 3;

/**
 * "The board condemned the strike, adding it was in touch with both ports": a participle of
 * saying takes the subject of the clause it hangs on, so its "it" is that body too.
 */
const SAYING_ON = new Set(
  'adding saying stating insisting noting announcing confirming stressing'.split(' '),
);
/** How far into the sentence that subject's head may stand ("10:31 GMT — The port's board …"). */
const SUBJECT_REACH = 7;

/** Whether the "it" at `at` follows a body's verb of saying, so it stands for that body. */
export function itIsTheSpeaker(tokens: readonly Token[], at: number): boolean {
  let k = at - 1;
  while (k > 0 && at - k <= REACH && BETWEEN.has((tokens[k] as Token).norm)) k--;
  if (k < 1) return false;
  const verb = (tokens[k] as Token).norm;
  if (SAYING_ON.has(verb)) return subjectIsBody(tokens, k);
  if (!SAYING.has(verb)) return false;
  return BODIES.has((tokens[k - 1] as Token).norm);
}

/** Whether a body's noun heads the sentence's opening subject, before the word at `end`. */
function subjectIsBody(tokens: readonly Token[], end: number): boolean {
  for (let k = 0; k < end && k < SUBJECT_REACH; k++)
    if (BODIES.has((tokens[k] as Token).norm)) return true;
  return false;
}

/** Verbs of telling or citing whose subject is a teller: "the 250 it cited", "It said …". */
const TELLING = new Set([...SAYING, 'cited', 'cites', 'claimed', 'claims', 'reported', 'reports']);

/** Nouns of a text that tells, as a body does: "The Harbour Accord … It says the two ports …". */
const WRITINGS = new Set(
  'accord agreement deal treaty pact plan report statement letter law bill act resolution memorandum document study survey review paper memo framework strategy charter constitution decree order'.split(
    ' ',
  ),
);

/**
 * Whether the "it" at `at` tells something ("it said", "the figure it cited") and the name it might
 * stand for (`nameLast`, its last word) tells nothing: a teller is a body ("the Harbour Works
 * Commission … It said …") or a text ("the Harbour Accord … It says …"), never an event or a deed
 * told in capitals ("… The Americans Have Left The Building … the 250 it cited").
 */
export function tellerOfNoBody(tokens: readonly Token[], at: number, nameLast: string): boolean {
  return (
    TELLING.has(tokens[at + 1]?.norm ?? '') && !BODIES.has(nameLast) && !WRITINGS.has(nameLast)
  );
}
