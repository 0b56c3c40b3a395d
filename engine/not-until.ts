/**
 * "not … until <date>": "The base was not handed over to the army until January", "the last
 * convoy did not leave the airfield until mid-August". The negation does not deny the event; it
 * says the event came no sooner than the date, so the event is told, at that date. Read by
 * find-negations.ts (the "not" is no negation when such an "until" ends its clause) and by
 * resolve-dates.ts (a past "did not … until January" names the January gone by, a point in time,
 * not a deadline ahead). "Until" without "not" is not read here, nor "until" before an event
 * ("not until the talks resume": a condition) or after a break ("did not leave, until recently,
 * …": an aside).
 */
import { endsWithChars } from './char-class';
import type { Token } from './tokenize';
import { gapHas } from './word-gaps';

/** How far after a "not" an "until" naming a date may stand in its clause. */
export const NOT_UNTIL_REACH = 14;
/** Marks that end the clause a "not" governs. */
const BREAKS = ',;:()\u2013\u2014';
const UNTIL = new Set(['until', 'till']);
/** Words between "until" and the month or year it names: "until mid-August", "until the end of May". */
const DATE_LEAD = new Set('mid early late the end start beginning middle close of'.split(' '));
/** Auxiliaries in the past before a "not": "did not leave", "was not handed over". */
const PAST_AUX = new Set(['did', 'was', 'were', 'had']);
/** The same, contracted: "didn't leave", "wasn't handed over". */
const PAST_CONTRACTED = new Set(
  ["didn't", "wasn't", "weren't", "hadn't"].flatMap((w) => [w, w.replace("'", '’')]),
);
/** Words between a past auxiliary and its "not" ("had still not", "was actually not"). */
const AUX_GAP = new Set(['still', 'actually', 'even']);

/** Words that open a clause of its own: what comes after them is not the negated verb's. */
const CLAUSE_OPENERS = new Set('but while because although though whereas'.split(' '));
/** Auxiliaries after "and" that start a second verb ("will not leave and will stay until May"). */
const SECOND_VERB = new Set(
  'will would has have had is are was were did does do can could may might must should'.split(' '),
);

/** Whether token `k` opens a clause of its own or a second verb ("… and will stay until May"). */
function newClause(tokens: readonly Token[], k: number): boolean {
  const word = (tokens[k] as Token).norm;
  if (CLAUSE_OPENERS.has(word)) return true;
  return word === 'and' && SECOND_VERB.has(tokens[k + 1]?.norm ?? '');
}

/**
 * The position of the first word after "until" (and "mid", "the end of"…) when token `k` is
 * "until"/"till", or -1.
 */
export function afterUntil(tokens: readonly Token[], k: number): number {
  if (!UNTIL.has(tokens[k]?.norm ?? '')) return -1;
  let j = k + 1;
  while (j < tokens.length && j <= k + 4 && DATE_LEAD.has((tokens[j] as Token).norm)) j++;
  return j < tokens.length ? j : -1;
}

/**
 * The "until" in the clause of the negation at `at` that names a date (`isDate` tells whether
 * a word opens one: resolve-dates.ts's month or a year), within NOT_UNTIL_REACH words and no
 * break between, or -1.
 */
export function untilDateAfter(
  tokens: readonly Token[],
  sentence: string,
  at: number,
  isDate: (token: Token | undefined) => boolean,
): number {
  for (let k = at + 1; k < tokens.length && k <= at + NOT_UNTIL_REACH; k++) {
    if (gapHas(tokens, sentence, k, BREAKS) || newClause(tokens, k)) return -1;
    const date = afterUntil(tokens, k);
    if (date >= 0 && !gapHas(tokens, sentence, k + 1, BREAKS)) return isDate(tokens[date]) ? k : -1;
  }
  return -1;
}

/** Whether the token at `k` is a "not" after a past auxiliary, or a contracted past negation. */
function pastNot(tokens: readonly Token[], k: number): boolean {
  const word = (tokens[k] as Token).norm;
  if (PAST_CONTRACTED.has(word)) return true;
  if (word !== 'not' && word !== 'never') return false;
  let j = k - 1;
  while (j >= 0 && AUX_GAP.has((tokens[j] as Token).norm)) j--;
  const aux = tokens[j]?.norm ?? '';
  // "never left until": a bare "never" before a verb in the past.
  return PAST_AUX.has(aux) || (word === 'never' && endsWithChars(tokens[k + 1]?.norm ?? '', 'ed'));
}

/**
 * Whether the date starting at token `from` follows an "until" that a negated verb in the past
 * governs in the same clause: "did not leave the airfield until January" tells the January gone
 * by, a point in time.
 */
export function pastNotUntil(tokens: readonly Token[], sentence: string, from: number): boolean {
  let k = from - 1;
  while (k >= 0 && k >= from - 4 && DATE_LEAD.has((tokens[k] as Token).norm)) k--;
  if (k < 1 || !UNTIL.has((tokens[k] as Token).norm)) return false;
  for (let j = k - 1; j >= 0 && j >= k - NOT_UNTIL_REACH; j--) {
    if (gapHas(tokens, sentence, j + 1, BREAKS)) return false;
    if (pastNot(tokens, j)) return true;
  }
  return false;
}
