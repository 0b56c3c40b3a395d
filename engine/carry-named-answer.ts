/**
 * A "Who …?" or "What …?" question answered by a bare noun phrase: "Who is still at the northern
 * pier? A smaller crew of pilots, according to the harbour board." The answer names who; the
 * question tells what. Together they make one statement: the question with its wh-word replaced
 * by the answer's noun phrase ("A smaller crew of pilots is still at the northern pier."), which
 * index.ts reads as it reads any sentence (and keeps only when it makes a card).
 *
 * Kept narrow, as carry-affirmed-question.ts is: the question asks of its subject (the wh-word
 * opens it and a verb follows, not "What did the board decide?", whose wh-word is an object);
 * the answer has no word of its own that is or makes a verb (an auxiliary, "to", a form in -ed or
 * -ing: "Parliament, which decides." and "The pilots stayed." are read by carry-question.ts), and
 * past its noun phrase at most a teller follows ("…, according to the board", "…, an aide said").
 */
import { onlyTeller, questionOpening } from './carry-affirmed-question';
import { endsOnMark, type SentenceWords } from './sentence-facts';
import { isUpper, type Token } from './tokenize';
import { gapHas } from './word-gaps';

/** Words that ask of a subject: "Who is …?", "What remains …?". */
const ASKING_SUBJECT = new Set(['who', 'what']);
/** Auxiliaries after which a subject of their own makes the wh-word an object ("What did …?"). */
const AUXILIARIES = new Set(
  'is are was were will would did does do has have had can could should shall must may might'.split(
    ' ',
  ),
);
/** Words that open a subject of an auxiliary's own: "What is the board doing?". */
const SUBJECT_OPENERS = new Set(
  'the a an this that these those its their his her our my your it they he she we i you there'.split(
    ' ',
  ),
);
/** Words that are or make a verb: an answer holding one is a clause, not a bare noun phrase. */
const VERB_WORDS = new Set(
  "is are was were be been being am has have had will would can could may might shall should must do does did to isn't aren't wasn't weren't won't which who".split(
    ' ',
  ),
);
/** Answer words that do not name anyone: "Yes.", "No one.", "Nobody, the board said." */
const NOT_A_NAME = new Set(
  'yes no not nobody none nothing noone maybe perhaps unclear unknown'.split(' '),
);
/** How many words the answer's noun phrase may have. */
const PHRASE_WORDS = 10;

/**
 * The position of the wh-word of a question asking of its subject ("Who is still at the pier?"),
 * or -1: it ends on "?", opens on "who" or "what", and no subject of its own follows an
 * auxiliary right after ("What did the board decide?", "Who is the board sending?").
 */
export function subjectAsked(question: SentenceWords): number {
  const { tokens, text } = question;
  if (!endsOnMark(text, '?')) return -1;
  const at = questionOpening(tokens);
  if (!ASKING_SUBJECT.has(tokens[at]?.norm ?? '') || tokens.length < at + 3) return -1;
  const next = tokens[at + 1] as Token;
  if (gapHas(tokens, text, at + 1, ',;:')) return -1;
  if (AUXILIARIES.has(next.norm)) {
    const after = tokens[at + 2] as Token;
    if (SUBJECT_OPENERS.has(after.norm) || isUpper(after.raw.charCodeAt(0))) return -1;
  }
  return at;
}

/** Whether a word is or may make a verb: an auxiliary, "to", a relative, a form in -ed or -ing. */
function mayBeVerb(t: Token): boolean {
  const w = t.norm;
  if (VERB_WORDS.has(w) || w.endsWith("n't") || w.endsWith('n’t')) return true;
  // "US-led", "Iran-backed": a compound in -ed is an adjective.
  if (w.includes('-')) return false;
  return (w.endsWith('ed') && w.length > 4) || (w.endsWith('ing') && w.length > 5);
}

/**
 * The number of words of the answer's noun phrase when the answer is one with no verb of its
 * own, and past it at most a teller set off by a comma; 0 otherwise.
 */
export function bareNounPhrase(answer: SentenceWords): number {
  const { tokens, text } = answer;
  if (tokens.length === 0 || endsOnMark(text, '?')) return 0;
  if (NOT_A_NAME.has((tokens[0] as Token).norm)) return 0;
  let end = 1;
  while (end < tokens.length && !gapHas(tokens, text, end, ',;:()\u2013\u2014')) end++;
  if (end > PHRASE_WORDS) return 0;
  for (let k = 0; k < end; k++) if (mayBeVerb(tokens[k] as Token)) return 0;
  return onlyTeller(answer, end) ? end : 0;
}

/**
 * The statement the question and its answer make: the answer's noun phrase (its first `words`
 * words) in the place of the question's wh-word at `at`, the question's "?" a full stop.
 */
export function namedAnswer(
  question: SentenceWords,
  at: number,
  answer: SentenceWords,
  words: number,
): string {
  const phrase = answer.text.slice(
    (answer.tokens[0] as Token).start,
    (answer.tokens[words - 1] as Token).end,
  );
  const rest = question.text
    .slice((question.tokens[at] as Token).end)
    .replace(/\?(["'”’)]*)\s*$/, '.$1');
  return `${phrase}${rest}`;
}
