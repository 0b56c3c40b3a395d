/**
 * A question the next sentence answers in a word, which then tells what the question asked:
 * "Will the crews be gone from the pier by May? Yes, the harbour master said." (the answer
 * affirms the question's statement) and "When did the last crews leave the pier? On 3 May, by
 * the board's count." (the answer gives the question's statement its date). Alone the question
 * asks and the answer names nothing, so neither is carded; the statement they make together is
 * the question read as told, with the answer's date when it gives one.
 *
 * Kept narrow, as carry-question.ts is: only a yes/no question (it opens on an auxiliary) with an
 * answer that opens on a word of assent and says nothing else but who said it, or a "When"
 * question with an answer that opens on its date and says nothing else. An answer with words of
 * its own is read by carry-question.ts (who or where lent to it); one that denies, hedges towards
 * no or doubts ("No", "Not quite", "Hardly", "Maybe") lends nothing.
 */
import { OPENING_CONJUNCTIONS } from './clauses';
import { endsOnMark, type SentenceWords } from './sentence-facts';
import type { Token } from './tokenize';

/** Auxiliaries that open a yes/no question: "Will the crews …?", "Did the board …?". */
const ASKING = new Set(
  'is are was were will would did does do has have had can could should shall must'.split(' '),
);
/** Words of assent that may open an answer: "Yes, …", "Largely, he said.", "Indeed." */
const ASSENTING = new Set(
  'yes yeah yep largely mostly broadly essentially effectively indeed certainly absolutely definitely correct right'.split(
    ' ',
  ),
);
/** "For the most part, …": an assent of several words. */
const MOST_PART = ['for', 'the', 'most', 'part'];
/** Pronouns that echo the question's subject in a short answer: "It would.", "They will." */
const ECHOING = new Set(['it', 'they', 'he', 'she', 'we']);
/** Words that deny or doubt: an answer holding one does not assent. */
const DOUBTING = new Set(
  "no not never hardly barely scarcely maybe perhaps possibly unclear unlikely doubt doubtful n't nobody nothing none".split(
    ' ',
  ),
);
/**
 * Verbs of saying: what an answer may have after its assent ("…, an aide said."), in the plain
 * form too for a teller in the plural ("Yes, both governments say.").
 */
const SAYING = new Set(
  'say said says tell told tells add added adds insist insisted insists reply replied replies answer answered answers confirm confirmed confirms according'.split(
    ' ',
  ),
);
/** Words that may open an answer before its date: "On 17 January", "By the end of 2026". */
const BEFORE_DATE = new Set(
  'on in by at around about until till before after early late mid the end start beginning middle close of'.split(
    ' ',
  ),
);
/** Whether a word may stand before an answer's date: a word of BEFORE_DATE or a day's number. */
function leadsDate(word: string): boolean {
  return BEFORE_DATE.has(word) || /^\d{1,2}(st|nd|rd|th)?$/.test(word);
}
/** Nouns of a count an answer's date may be given by: "On 3 May, by the board's count." */
const COUNTING = new Set('count account tally reckoning estimate records'.split(' '));
/** How many words the teller of an answer may have ("a retired admiral told the committee"). */
const TELLER_WORDS = 14;
/** Marks that open a statement of the answer's own past its assent: "Yes, an aide said: …". */
const GOES_ON = /[:;—–]/;

/** The first word of a question past an opening conjunction ("So is the pier …?", "And who …?"). */
export function questionOpening(tokens: readonly Token[]): number {
  return OPENING_CONJUNCTIONS.has(tokens[0]?.norm ?? '') ? 1 : 0;
}

/** Whether the sentence is a yes/no question: it ends on "?" and opens on an auxiliary. */
export function yesNoQuestion(question: SentenceWords): boolean {
  const { tokens, text } = question;
  return endsOnMark(text, '?') && ASKING.has(tokens[questionOpening(tokens)]?.norm ?? '');
}

/** Whether the sentence asks when: it ends on "?" and opens on "When" (or "By when"). */
export function whenQuestion(question: SentenceWords): boolean {
  const { tokens, text } = question;
  let at = questionOpening(tokens);
  if (tokens[at]?.norm === 'by') at++;
  return endsOnMark(text, '?') && tokens[at]?.norm === 'when';
}

/**
 * Whether the answer assents and says nothing else but, at most, who said it: it opens on a
 * word of assent ("Yes", "Largely", "For the most part") or on a pronoun and an auxiliary echoing
 * the question ("It would", "They will"), and no word past it denies or doubts; what follows,
 * if anything, is a teller ("…, an aide said.", "…, according to the board") of a few words.
 */
export function onlyAssents(answer: SentenceWords): boolean {
  const { tokens } = answer;
  if (tokens.length === 0 || endsOnMark(answer.text, '?')) return false;
  let k = 0;
  if (ASSENTING.has(tokens[0]?.norm ?? '')) k = 1;
  else if (MOST_PART.every((word, n) => tokens[n]?.norm === word)) k = MOST_PART.length;
  else if (ECHOING.has(tokens[0]?.norm ?? '') && ASKING.has(tokens[1]?.norm ?? '')) k = 2;
  else return false;
  // "Yes, officially" and "Yes" are the same assent.
  if (tokens[k]?.norm === 'yes') k++;
  if (
    k < tokens.length &&
    tokens.slice(k).some((t) => DOUBTING.has(t.norm) || t.norm.endsWith("n't"))
  )
    return false;
  return onlyTeller(answer, k);
}

/**
 * Whether the words of the answer from `from` on are none, or only who said or counted it:
 * set off by a comma, a few words holding a verb of saying, "according to" or "by …'s count",
 * with no colon or dash opening a statement of their own.
 */
export function onlyTeller(answer: SentenceWords, from: number): boolean {
  const { tokens, text } = answer;
  const rest = tokens.slice(from);
  if (rest.length === 0) return true;
  const start = (tokens[from] as Token).start;
  if (rest.length > TELLER_WORDS || GOES_ON.test(text.slice(start))) return false;
  if (!text.slice((tokens[from - 1] as Token | undefined)?.end ?? 0, start).includes(','))
    return false;
  return rest.some(
    (t, n) =>
      SAYING.has(t.norm) ||
      (t.norm === 'by' && rest.slice(n + 1).some((u) => COUNTING.has(u.norm))),
  );
}

/**
 * Whether the answer gives a date and nothing else but, at most, who counted or said it: its
 * first date comes after nothing but prepositions and a day ("On 3 May", "By the end of 2026"), and
 * past that date only a teller follows ("…, by the board's count"); before it the answer names
 * none of the story's concepts of its own.
 */
export function onlyDates(
  answer: SentenceWords,
  dates: readonly { from: number; to: number }[],
): boolean {
  const first = dates[0];
  if (!first || endsOnMark(answer.text, '?')) return false;
  for (let k = 0; k < first.from; k++)
    if (!leadsDate((answer.tokens[k] as Token).norm)) return false;
  if (answer.hits.some((h) => !h.inferred && h.from < first.to)) return false;
  return first.to >= answer.tokens.length || onlyTeller(answer, first.to);
}

/**
 * The question read as told: its "?" a full stop, so it stands as a statement whose words are
 * the question's own (the answer's date, if any, is added by the caller).
 */
export function asStatement(question: SentenceWords): SentenceWords {
  const text = question.text.replace(/\?(["'”’)]*)\s*$/, '.$1');
  return {
    text,
    tokens: question.tokens,
    hits: question.hits,
    otherTheatre: question.otherTheatre,
  };
}
