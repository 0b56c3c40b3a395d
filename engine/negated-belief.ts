/**
 * A negated belief about a clause: "urged residents not to believe that the gang is finished",
 * "do not think the old bridge is safe", "nobody should assume the strike is over". English
 * raises the negation of the clause to the verb of belief (it is "neg-raising": "I don't think
 * it is over" says "I think it is not over"), so what is negated is the clause's predicate, not
 * its subject: the gang is named as what goes on, and its end is denied. find-negations.ts moves
 * such a negation to the clause's subject, which it leaves as named.
 */
import { endsWithChars } from './char-class';
import type { Token } from './tokenize';

/** Negations a verb of belief raises ("-n't" forms too, but for those of UNBELIEVING). */
const RAISING_CUES = new Set(['not', 'never', 'nobody', 'no']);
/**
 * "I can't believe the strike is over" is surprise that it is: a negated ability to believe
 * raises nothing (nor does "cannot", which is not a RAISING_CUES word).
 */
const UNBELIEVING = new Set(["can't", "couldn't"]);

/** Verbs of belief that raise a negation out of the clause they take. */
const BELIEVING = new Set(
  'believe believes believed believing think thinks thought thinking assume assumes assumed assuming imagine imagines imagined imagining suppose supposes supposed supposing presume presumes presumed reckon reckons'.split(
    ' ',
  ),
);

/**
 * Words that may stand between the negation and the verb of belief: "not to believe", "nobody
 * should assume", "never really thought", "no one can yet suppose".
 */
const BEFORE_BELIEF = new Set(
  'to do does did should would will must may might yet really ever seriously'.split(' '),
);

/** The clause's first verb, which ends its subject: a form of "be" or an auxiliary. */
const CLAUSE_VERB = new Set(
  'is are was were be been has have had will would could can may might'.split(' '),
);

/** The most words a clause's subject may have ("the jihadists of the old group"). */
const SUBJECT_MAX = 6;

/** Words that cannot be in a clause's subject: a second clause or a break opens there. */
const NOT_SUBJECT = new Set('that and but or if when because while who which'.split(' '));

/**
 * For a negation at `at` ("not", "never", "-n't", "nobody", "no one") governing a verb of belief
 * whose clause follows, the last token of that clause's subject: the negation stands there
 * (find-negations.ts), so the subject is named and the predicate negated. -1 otherwise.
 * `gapHasBreak(k)` tells whether a comma, colon or semicolon stands before token k.
 */
export function raisedNegation(
  tokens: readonly Token[],
  at: number,
  gapHasBreak: (k: number) => boolean,
): number {
  const cue = (tokens[at] as Token).norm;
  if (!RAISING_CUES.has(cue) && !(endsWithChars(cue, "n't") && !UNBELIEVING.has(cue))) return -1;
  let k = at + 1;
  // "no one should think …": the pronoun is the negated subject of the belief.
  if ((tokens[at] as Token).norm === 'no' && tokens[k]?.norm === 'one') k++;
  while (k < tokens.length && BEFORE_BELIEF.has((tokens[k] as Token).norm) && k - at <= 4) k++;
  if (!BELIEVING.has(tokens[k]?.norm ?? '')) return -1;
  k++;
  if (tokens[k]?.norm === 'that') k++;
  const subject = k;
  for (; k < tokens.length && k - subject <= SUBJECT_MAX; k++) {
    if (gapHasBreak(k)) return -1;
    const word = (tokens[k] as Token).norm;
    if (CLAUSE_VERB.has(word)) return k > subject ? k - 1 : -1;
    if (NOT_SUBJECT.has(word)) return -1;
  }
  return -1;
}
