/**
 * "Floods cut the town off in June 2014. That September, a relief fund was set up.",
 * "The first phase ended in September 2025. The following January, the army took the base.": a
 * month named by pointing back ("that September", "that same May", "the following January") is a
 * month of the year a sentence before told, or of the year after it, never of the page's year.
 * resolve-dates.ts leaves it unread in its own sentence; carry-context.ts `anaphoricTime` reads it
 * with the date of the sentences before (`carriedDate`).
 */
import { MONTH_NAMES } from './month-names';
import type { Token } from './tokenize';

/**
 * A month pointed back at: where its words start, where its name stands, its number (1–12), and
 * whether it is the one following the date pointed at.
 */
export type PointedMonth = { from: number; at: number; month: number; following: boolean };

/** The months' folded names, January first. */
const MONTHS = MONTH_NAMES.map((m) => m.toLowerCase());

/**
 * The month at `at` when words pointing back stand before it ("that", "that same", "the
 * following"), or undefined. The month's name must be written with its capital ("that may" is
 * no month).
 */
export function monthPointedBack(tokens: readonly Token[], at: number): PointedMonth | undefined {
  const t = tokens[at];
  if (!t || !/^[A-Z]/.test(t.raw)) return undefined;
  const month = MONTHS.indexOf(t.norm) + 1;
  if (month === 0) return undefined;
  const before = tokens[at - 1]?.norm;
  const twoBefore = tokens[at - 2]?.norm;
  if (before === 'that' && opensTime(tokens, at - 1))
    return { from: at - 1, at, month, following: false };
  if (before === 'same' && twoBefore === 'that' && opensTime(tokens, at - 2))
    return { from: at - 2, at, month, following: false };
  if (before === 'following' && twoBefore === 'the')
    return { from: at - 2, at, month, following: true };
  return undefined;
}

/** Words before "that" that make it point at a time: "in that September", "later that May". */
const TIME_WORDS = new Set(
  'in by until till later earlier during from since after before of through throughout early late mid and but'.split(
    ' ',
  ),
);

/**
 * Whether the "that" at `at` points at a time: opening the sentence or after a word of time. Not
 * a conjunction ("officials said that September remains the month …").
 */
function opensTime(tokens: readonly Token[], at: number): boolean {
  return at === 0 || TIME_WORDS.has(tokens[at - 1]?.norm ?? '');
}

/** Whether the sentence names a month by pointing back, anywhere in it. */
export function monthPointedIn(tokens: readonly Token[]): boolean {
  for (let k = 1; k < tokens.length; k++) {
    const word = (tokens[k - 1] as Token).norm;
    if ((word === 'that' || word === 'same' || word === 'following') && monthPointedBack(tokens, k))
      return true;
  }
  return false;
}

/**
 * Where the first time pointed back at ends ("that month", "that same year", "at the time",
 * "that September"), or -1 when the sentence names none: "At the start of that month, diplomats
 * expected the deal within days". A near time after it ("within days", "soon") is counted from
 * that time, as one after a date the sentence names is (resolve-dates.ts), not from the page's day.
 * "That" must point at a time (opening the sentence or after a word of time): "officials said
 * that month-long talks …" is a conjunction.
 */
export function pointedTimeEnd(tokens: readonly Token[]): number {
  for (let k = 0; k + 1 < tokens.length; k++) {
    const word = (tokens[k] as Token).norm;
    const next = (tokens[k + 1] as Token).norm;
    if (word === 'that' && opensTime(tokens, k)) {
      if (POINTED_UNITS.has(next)) return k + 2;
      if (next === 'same' && POINTED_UNITS.has(tokens[k + 2]?.norm ?? '')) return k + 3;
      const month = monthPointedBack(tokens, k + 1) ?? monthPointedBack(tokens, k + 2);
      if (month?.from === k) return month.at + 1;
    }
    if (word === 'at' && next === 'the' && tokens[k + 2]?.norm === 'time') return k + 3;
  }
  return -1;
}

/** The spans of time "that" may point back at. */
const POINTED_UNITS = new Set(['month', 'year', 'week', 'day']);
