/**
 * "The pier saw four sailings in May, compared with 42 in April": a count set beside a larger
 * one it is "compared with" tells a fall, beside a smaller one a rise, though no word of falling
 * or rising is written. Reports and audits state a change this way, figure against figure.
 *
 * Read: the first figure after "compared with|to" (past a hedge such as "about"), and the nearest
 * figure before it in the same clause; neither a year ("in 2024") nor a day beside its month.
 * "Against" and "versus" set a figure beside another as "compared with" does ("four attacks this
 * year, against forty-two last year"), but only with the figure right after them (past a hedge):
 * "attacks against the base" compares nothing.
 * Equal figures tell neither. The hit spans "compared with" and the second figure, and names one
 * of the engine's two language concepts (english.ts) that a story's claims may ask for.
 */
import { COUNT_FELL, COUNT_ROSE } from './english';
import { MONTH_NAMES } from './month-names';
import { NUMBER_WORDS } from './spelled-numbers';
import type { Token } from './tokenize';
import { gapHas } from './word-gaps';

/** The month names folded, with their common short forms: a day beside one is no count. */
const MONTHS = new Set(
  MONTH_NAMES.flatMap((name) => [name.toLowerCase(), name.slice(0, 3).toLowerCase()]),
);

/** A comparison of two counts: the hit's span and whether the first count is the smaller. */
export type ComparedCounts = { from: number; to: number; concept: string };

/** Words that may stand between "compared with" and its figure: "compared with about 40". */
const HEDGES = new Set(
  'about around some nearly roughly approximately almost just only over under the a total of'.split(
    ' ',
  ),
);
/** Marks that end the clause a first figure is looked for in. */
const CLAUSE_BREAKS = ';:\u2013\u2014';
/** How many words back from "compared" the first figure may stand. */
const REACH = 14;

/** A year written as one ("2024", "1999"): a date, not a count. */
function isYear(token: Token): boolean {
  return /^(19|20)\d\d$/.test(token.raw);
}

/** Whether the number at `at` is a day beside its month ("12 October", "October 12"). */
function isDay(tokens: readonly Token[], at: number): boolean {
  const before = tokens[at - 1]?.norm ?? '';
  const after = tokens[at + 1]?.norm ?? '';
  return MONTHS.has(before) || MONTHS.has(after);
}

/**
 * The count at `at` and the token after it, or undefined: digits ("42", "2,500") or a number
 * word ("four", "forty-two" read as its two parts).
 */
function countAt(tokens: readonly Token[], text: string, at: number): [number, number] | undefined {
  const token = tokens[at];
  if (!token) return undefined;
  if (token.value !== undefined) {
    if (isYear(token) || isDay(tokens, at)) return undefined;
    return [token.value, at + 1];
  }
  const word = NUMBER_WORDS[token.norm];
  if (word === undefined) return undefined;
  const unit = NUMBER_WORDS[tokens[at + 1]?.norm ?? ''];
  if (
    word >= 20 &&
    word % 10 === 0 &&
    unit !== undefined &&
    unit < 10 &&
    text.slice(token.end, (tokens[at + 1] as Token).start) === '-'
  )
    return [word + unit, at + 2];
  return [word, at + 1];
}

/** Single words that set the figure after them beside the one before, as "compared with" does. */
const SET_AGAINST = new Set(['against', 'versus', 'vs']);

/** Where the figure compared starts after the word at `k`, or -1 when it opens no comparison. */
function comparisonEnd(tokens: readonly Token[], k: number): number {
  const word = (tokens[k] as Token).norm;
  if (SET_AGAINST.has(word)) return k + 1;
  if (word !== 'compared') return -1;
  const by = tokens[k + 1]?.norm;
  return by === 'with' || by === 'to' ? k + 2 : -1;
}

/** Every "N …, compared with M" (or "against M") in the sentence whose figures differ. */
export function comparedCounts(tokens: readonly Token[], text: string): ComparedCounts[] {
  const found: ComparedCounts[] = [];
  for (let k = 1; k + 1 < tokens.length; k++) {
    let at = comparisonEnd(tokens, k);
    if (at < 0) continue;
    while (at < tokens.length && at < k + 5 && HEDGES.has((tokens[at] as Token).norm)) at++;
    const second = countAt(tokens, text, at);
    if (!second) continue;
    let first: number | undefined;
    for (let j = k - 1; j >= 0 && j >= k - REACH; j--) {
      if (gapHas(tokens, text, j + 1, CLAUSE_BREAKS)) break;
      // "forty-two": the unit's tens stand before it; read the figure from its first word.
      const whole = countAt(tokens, text, j - 1);
      const count = whole && whole[1] === j + 1 && whole[0] > 10 ? whole : countAt(tokens, text, j);
      if (count) {
        first = count[0];
        break;
      }
    }
    if (first === undefined || first === second[0]) continue;
    found.push({ from: k, to: second[1], concept: first < second[0] ? COUNT_FELL : COUNT_ROSE });
  }
  return found;
}

/** How many words may stand between the first figure of "from N … to M" and its "to". */
const FROM_TO_REACH = 5;

/** The figure after the token at `at`, past a hedge ("to about 40"), or undefined. */
function hedgedCountAt(
  tokens: readonly Token[],
  text: string,
  at: number,
): [number, number] | undefined {
  let k = at;
  while (k < tokens.length && k < at + 4 && HEDGES.has((tokens[k] as Token).norm)) k++;
  return countAt(tokens, text, k);
}

/**
 * "Attacks went from forty-two in 2024 to four last year", "sailings climbed from 12 to 30": a
 * count moved "from" one figure "to" another tells a fall or a rise whatever the verb ("went",
 * "moved", "changed"). The "to" stands within a few words of the first figure in its clause
 * (its year or unit between: "from 42 a week to four"); years on both sides ("from 2024 to
 * 2026") and days beside a month are spans of time, not counts.
 */
export function fromToCounts(tokens: readonly Token[], text: string): ComparedCounts[] {
  const found: ComparedCounts[] = [];
  for (let k = 0; k + 3 < tokens.length; k++) {
    if ((tokens[k] as Token).norm !== 'from') continue;
    const first = hedgedCountAt(tokens, text, k + 1);
    if (!first) continue;
    for (let j = first[1]; j < tokens.length && j <= first[1] + FROM_TO_REACH; j++) {
      if (gapHas(tokens, text, j, CLAUSE_BREAKS) || gapHas(tokens, text, j, ',')) break;
      if ((tokens[j] as Token).norm !== 'to') continue;
      const second = hedgedCountAt(tokens, text, j + 1);
      if (second && second[0] !== first[0])
        found.push({
          from: k,
          to: second[1],
          concept: first[0] > second[0] ? COUNT_FELL : COUNT_ROSE,
        });
      break;
    }
  }
  return found;
}
