/**
 * Where a sentence goes on to a clause of its own: "The ferry left the pier and is expected to
 * reach the island tonight", "… left on Monday, adding that more will follow". What that later
 * clause says (a plan, a forecast) does not change what the clause before it reports. Read only
 * where a claim or a date is being weighed, never over every sentence.
 */
import { MONTH_NAMES } from './month-names';
import type { Token } from './tokenize';
import { wordClass } from './word-class';
import { gapBefore } from './word-gaps';

/**
 * The conjunctions that open a clause of their own: a sentence's first word before its subject
 * ("But they stayed"), or the word after a comma that joins a question to a statement ("…, so who
 * …?", asked-after-comma.ts).
 */
export const OPENING_CONJUNCTIONS: ReadonlySet<string> = new Set(['and', 'but', 'so', 'yet']);
/** Auxiliaries that open a second verb of the same subject after "and": "and is expected to". */
const AUXILIARIES = new Set(
  'is are was were will would could may might should can must has have had'.split(' '),
);
/** Verbs that open what a speaker adds after a comma: "…, adding that more will follow". */
const ADDING = new Set(
  'adding saying noting stressing explaining warning indicating insisting'.split(' '),
);
/** Verbs of a new speaker: "… and officials said the pier would reopen". */
const REPORTING = new Set('said says told added announced stated'.split(' '));
/** How many words after "and" a speaker's verb may stand ("and harbour officials said"). */
const SPEAKER_WORDS = 3;

/** Whether a reporting verb follows the "and" at `at` within a few words. */
function speaks(tokens: readonly Token[], at: number): boolean {
  for (let k = at + 2; k <= at + SPEAKER_WORDS + 1 && k < tokens.length; k++)
    if (REPORTING.has((tokens[k] as Token).norm)) return true;
  return false;
}

/**
 * Words that open a clause of their own after a comma or a semicolon ("…, with more sailings
 * expected next month": an absolute clause, which tells its own plan; "…, where they are to
 * stay": a relative clause on the place, with its own verb).
 */
const JOINS = new Set(['and', 'but', 'while', 'whereas', 'with', 'where']);
/** ADDING and JOINS as one word class, tested at each word of a clause. */
const ADDING_OR_JOINING = wordClass([...ADDING, ...JOINS]);
/** "…, even as the others agreed", "…, even though": "even" opens a contrast clause before these. */
const EVEN_JOINS = new Set(['as', 'though', 'if', 'while', 'when']);

/** Words in "-ing" that lead a phrase, not a clause: "…, including the pier", "…, during May". */
const NOT_PARTICIPLES = new Set(
  'including according regarding concerning following during pending excluding notwithstanding considering morning evening nothing something anything everything thing bring spring string swing'.split(
    ' ',
  ),
);

/**
 * "…, linking any such move to the vote", "…, calling the report unfounded": a participle after
 * a comma opens what the subject does besides. Not a gerund in a list ("training, advising and
 * assisting"), which goes on with "and", "or" or a comma.
 */
function participle(tokens: readonly Token[], sentence: string, at: number): boolean {
  const t = tokens[at] as Token;
  if (t.norm.length < 5 || !t.norm.endsWith('ing') || NOT_PARTICIPLES.has(t.norm)) return false;
  if (t.raw.charCodeAt(0) < 97) return false;
  const next = tokens[at + 1];
  if (!next) return false;
  return (
    next.norm !== 'and' && next.norm !== 'or' && !sentence.slice(t.end, next.start).includes(',')
  );
}

/**
 * "The ferries left early, because the pier was not due to close until May": after a comma a
 * reason has a subject and a tense of its own; what it tells (the schedule it measures by) does
 * not change what the clause before reports. Whether `at` opens one: "because", or "since"
 * before a word in lower case ("since the pier was …", "since it"); ", since May" and ",
 * since 2024" date the clause before.
 */
function reason(tokens: readonly Token[], at: number): boolean {
  const word = (tokens[at] as Token).norm;
  if (word === 'because') return true;
  if (word !== 'since') return false;
  const next = tokens[at + 1];
  const first = next?.raw.charCodeAt(0) ?? 0;
  return next !== undefined && next.value === undefined && first >= 97 && first <= 122;
}

/**
 * Nouns that sum up what the clause before told, in an appositive after a comma: "parliament
 * voted to close the pier, a resolution later councils said they would carry out". What the
 * appositive says of it (its future, its speakers) is said of the summing noun, not the clause.
 */
const SUMMING = new Set(
  'resolution decision move step measure vote demand pledge promise deal plan policy law ruling position stance request'.split(
    ' ',
  ),
);

/** Whether `at` opens an appositive that sums up the clause before: ", a resolution …". */
function summing(tokens: readonly Token[], at: number): boolean {
  const word = (tokens[at] as Token).norm;
  return (word === 'a' || word === 'an') && SUMMING.has(tokens[at + 1]?.norm ?? '');
}

/** Nouns that name a time again in an appositive: "…, the date the pier is due to close". */
const TIME_NOUNS = new Set(['date', 'day', 'month', 'year', 'deadline']);
const MONTHS: ReadonlySet<string> = new Set(MONTH_NAMES.map((m) => m.toLowerCase()));

/**
 * "… whether the crews stay past May 2026, the date the pier is due to close": after a date and
 * a comma, "the date / deadline …" names that time again and says what it is; its clause is its
 * own, not part of what the clause before it asks or plans. Whether `at` opens one.
 */
function renamedTime(tokens: readonly Token[], at: number): boolean {
  if ((tokens[at] as Token).norm !== 'the' || !TIME_NOUNS.has(tokens[at + 1]?.norm ?? ''))
    return false;
  const before = tokens[at - 1];
  if (!before) return false;
  if (before.value !== undefined) return before.value >= 1900 && before.value <= 2100;
  return MONTHS.has(before.norm);
}

/** Words after "as" that make it a degree or a role ("as early as", "as well", "as part of"). */
const AS_NOT_A_CLAUSE = new Set(
  'well early late soon much many long far recently of part such if though a an'.split(' '),
);

/** Past verbs that tell what was said or set of the event: "as the timetable said it would". */
const PAST_SAYING = new Set(
  'said had promised predicted forecast planned agreed announced expected foresaw'.split(' '),
);
/** How far into the clause of conformity its past verb may stand. */
const CONFORMING_REACH = 5;

/**
 * Whether `at` opens a clause of conformity after a comma: "the crossing closed in May, as the
 * timetable said it would": its "would" is the timetable's, not the closing's tense. Only a
 * clause told in the past ("as officials expect" looks ahead with the clause before it).
 */
function conforming(tokens: readonly Token[], at: number): boolean {
  // ", just as the plan said": "as" after "just".
  const as = (tokens[at] as Token).norm === 'just' ? at + 1 : at;
  if (tokens[as]?.norm !== 'as' || AS_NOT_A_CLAUSE.has(tokens[as + 1]?.norm ?? '')) return false;
  // Only one told in the past: "as officials expect" looks ahead with the clause it follows.
  for (let k = as + 1; k < tokens.length && k <= as + CONFORMING_REACH; k++)
    if (PAST_SAYING.has((tokens[k] as Token).norm)) return true;
  return false;
}

/**
 * The first token after `from` and at or before `until` that opens a later clause, or -1:
 * "and" or "but" before an auxiliary or a speaker ("and officials said"), or after a comma or a
 * semicolon a speaker's addition, "and", "but", "while", "whereas", "with", "where", "even as",
 * a participle, an appositive summing up the clause (", a resolution …"), one naming a date
 * again (", the date …") or a clause of conformity (", as the timetable said it would").
 */
export function laterClause(
  tokens: readonly Token[],
  sentence: string,
  from: number,
  until: number,
): number {
  for (let k = from + 1; k <= until && k < tokens.length; k++) {
    const word = (tokens[k] as Token).norm;
    if (
      (word === 'and' || word === 'but') &&
      (AUXILIARIES.has(tokens[k + 1]?.norm ?? '') ||
        speaks(tokens, k) ||
        // "said the crews had left and that its own staff would run the pier": a second report.
        tokens[k + 1]?.norm === 'that')
    )
      return k;
    if (
      ((tokens[k] as Token).classes & ADDING_OR_JOINING) === 0 &&
      !(word === 'even' && EVEN_JOINS.has(tokens[k + 1]?.norm ?? '')) &&
      !reason(tokens, k) &&
      !participle(tokens, sentence, k) &&
      !summing(tokens, k) &&
      !renamedTime(tokens, k) &&
      !conforming(tokens, k)
    )
      continue;
    const gap = gapBefore(tokens, sentence, k);
    if (gap.includes(',') || gap.includes(';')) return k;
  }
  return -1;
}

/**
 * Where a second report opens: "said the crews had left and that its staff would run the pier",
 * "…, adding that more will follow", "… and officials said …". The token that opens it, or -1.
 * Not an aside of the speaker's ("…, speaking anonymously, says …"), nor a second verb of the
 * same subject ("and are expected to").
 */
export function secondReport(tokens: readonly Token[], sentence: string): number {
  for (let k = 1; k < tokens.length; k++) {
    const word = (tokens[k] as Token).norm;
    if ((word === 'and' || word === 'but') && (tokens[k + 1]?.norm === 'that' || speaks(tokens, k)))
      return k;
    if (
      ADDING.has(word) &&
      tokens[k + 1]?.norm === 'that' &&
      gapBefore(tokens, sentence, k).includes(',')
    )
      return k;
  }
  return -1;
}

/** A speaker's verb in a relative clause: "…, which the council says …". */
const RELATIVE_REPORTING = new Set(
  'say says said insist insists insisted argue argues argued'.split(' '),
);

/**
 * Where a relative clause that a speaker asserts opens after token `from`: ", which the
 * ferry crews say depends on …" tells what they say of the thing before it, even when that
 * thing is asked ("Whether the pier reopens, which the council says depends on funding").
 * The token "which", or -1.
 */
export function relativeReport(tokens: readonly Token[], sentence: string, from: number): number {
  for (let k = Math.max(from, 1); k < tokens.length; k++) {
    if ((tokens[k] as Token).norm !== 'which') continue;
    if (!gapBefore(tokens, sentence, k).includes(',')) continue;
    for (let j = k + 1; j <= k + SPEAKER_WORDS + 1 && j < tokens.length; j++)
      if (RELATIVE_REPORTING.has((tokens[j] as Token).norm)) return k;
  }
  return -1;
}

/**
 * Whether the later clause at `at` (laterClause) is a second verb of the same subject: "and"
 * before an auxiliary ("had left and would return"), with no subject of its own, or with only a
 * pronoun for it ("said the second crossing had begun, and that it would be run from the
 * island": "it" is the crossing the clause before named).
 */
export function secondVerb(tokens: readonly Token[], at: number): boolean {
  if (tokens[at]?.norm !== 'and') return false;
  let k = at + 1;
  if (tokens[k]?.norm === 'that') k++;
  if (tokens[k]?.norm === 'it' || tokens[k]?.norm === 'they') k++;
  // "and that" with no pronoun opens a report of its own ("and that officials would …").
  if (k === at + 2 && tokens[at + 1]?.norm === 'that') return false;
  return AUXILIARIES.has(tokens[k]?.norm ?? '');
}

/** Conjunctions that open a sentence with a clause of time before the main one ("When …, "). */
const OPENING_SUBORDINATORS = new Set(['when', 'after', 'before', 'since', 'once', 'as']);
/** Linking words that may stand before that conjunction: "Then, as …", "But when …". */
const LEADING_LINKS = new Set([
  'then',
  'but',
  'and',
  'so',
  'yet',
  'later',
  'finally',
  'eventually',
]);

/**
 * "When the ferries began leaving in May, many assumed the pier would soon be empty": the token
 * after the comma that closes a clause of time opening the sentence, or -1. What that clause
 * tells is read in its own tense, not the main clause's.
 */
export function openingClauseEnd(tokens: readonly Token[], sentence: string): number {
  // "Then, as the ferries left, …", "But when the pier closed, …": a linking word before the
  // conjunction opens the same clause of time.
  const start = LEADING_LINKS.has(tokens[0]?.norm ?? '') ? 1 : 0;
  if (!OPENING_SUBORDINATORS.has(tokens[start]?.norm ?? '')) return -1;
  for (let k = start + 1; k < tokens.length; k++)
    if (gapBefore(tokens, sentence, k).includes(',')) return k;
  return -1;
}
