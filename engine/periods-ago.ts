/**
 * Spans of time told by a count the plain "N years ago" reading (resolve-dates.ts) does not read:
 * "two winters ago", "three summers ago" (a season counted back, the one just gone first), "the
 * year before last", "the year after next", "half a decade ago", "a decade and a half ago", "a
 * year and a half ago", "two and a half years ago", "a dozen years ago", "a couple of years
 * ago", a sentence opening "A decade after …" (the event it names that long before the page),
 * and "in 2015, twelve months after …" (a count of months after a date, from that date). Each
 * is told relative to the page's date, as the writer counts from it; resolveDates turns the span
 * read here into a date.
 */

import { NUMBER_WORDS } from './spelled-numbers';
import type { Token } from './tokenize';

/** A span read at a token: how far from the page it points, and where its words end. */
export type PeriodSpan =
  /** Whole years from the page's year (negative: back); a writer's round count is approximate. */
  | { to: number; years: number; approximate: boolean; ago: boolean; from?: number }
  /** Months from the page's month (negative: back). */
  | { to: number; months: number; ago: boolean; from?: number }
  /** The season `back` times before the page, the last one gone counting one. */
  | { to: number; season: string; back: number; ago: true }
  /** Years from the date told right before it ("in 2015, twelve months after …"). */
  | { to: number; fromEarlier: number; ago: false };

/** A season's plural, with its singular as resolve-dates.ts names it. */
const SEASONS_PLURAL = new Map([
  ['winters', 'winter'],
  ['summers', 'summer'],
  ['springs', 'spring'],
  ['autumns', 'autumn'],
  ['falls', 'fall'],
]);

/** Words after "the year before last" / "after next" that make it a phrase of another time. */
const TIME_NOUNS = new Set(['year', 'month', 'week', 'time', 'summer', 'winter', 'autumn']);

/** The count a token gives: digits or a number word (one to ninety); "a"/"an" is one. */
function countOf(token: Token | undefined): number | undefined {
  if (!token) return undefined;
  if (token.value !== undefined) return token.value;
  if (token.norm === 'a' || token.norm === 'an') return 1;
  return NUMBER_WORDS[token.norm];
}

/**
 * The span the words at `i` tell, or undefined. `bodyFrom` is the first token of the sentence's
 * body (after a dateline); `afterDate` whether a date ends right before `i`.
 */
export function periodAt(
  tokens: readonly Token[],
  i: number,
  bodyFrom: number,
  afterDate: boolean,
): PeriodSpan | undefined {
  const norm = (k: number) => tokens[k]?.norm;
  const word = norm(i);
  // "the year before last", "the year after next": two years back or ahead; "the month before
  // last" two months. Not "the year before last year's vote" (a time noun follows).
  if (word === 'the' && (norm(i + 1) === 'year' || norm(i + 1) === 'month')) {
    const way = norm(i + 2);
    const end = norm(i + 3);
    if (
      ((way === 'before' && end === 'last') || (way === 'after' && end === 'next')) &&
      !TIME_NOUNS.has(norm(i + 4) ?? '')
    ) {
      const sign = way === 'before' ? -1 : 1;
      return norm(i + 1) === 'year'
        ? { to: i + 4, years: 2 * sign, approximate: false, ago: false }
        : { to: i + 4, months: 2 * sign, ago: false };
    }
    return undefined;
  }
  // "half a decade ago", "half a year ago" (read at "a", the word after "half").
  if (word === 'a' && norm(i - 1) === 'half' && norm(i + 2) === 'ago') {
    if (norm(i + 1) === 'decade')
      return { from: i - 1, to: i + 3, years: -5, approximate: true, ago: true };
    if (norm(i + 1) === 'year') return { from: i - 1, to: i + 3, months: -6, ago: true };
    return undefined;
  }
  // "a dozen years ago", "a couple of years ago" (months too).
  if (word === 'a' && (norm(i + 1) === 'dozen' || norm(i + 1) === 'couple')) {
    const n = norm(i + 1) === 'dozen' ? 12 : 2;
    const unit = norm(i + 1) === 'couple' && norm(i + 2) === 'of' ? i + 3 : i + 2;
    if (norm(unit + 1) !== 'ago') return undefined;
    if (norm(unit) === 'years') return { to: unit + 2, years: -n, approximate: true, ago: true };
    if (norm(unit) === 'months') return { to: unit + 2, months: -n, ago: true };
    return undefined;
  }
  const count = countOf(tokens[i]);
  if (count === undefined || count < 1 || count >= 50) return undefined;
  const next = norm(i + 1);
  // "two winters ago": the season that many back, the one just gone counting one.
  const season = SEASONS_PLURAL.get(next ?? '');
  if (season && count >= 2 && norm(i + 2) === 'ago')
    return { to: i + 3, season, back: count, ago: true };
  // "a decade and a half ago", "a year and a half ago", "two and a half years ago".
  if (next === 'and' && norm(i + 2) === 'a' && norm(i + 3) === 'half') {
    const unit = norm(i + 4);
    if (norm(i + 5) === 'ago' && (unit === 'years' || (count === 1 && unit === 'year')))
      return { to: i + 6, months: -(12 * count + 6), ago: true };
    return undefined;
  }
  if (
    (next === 'decade' || next === 'year') &&
    count === 1 &&
    norm(i + 2) === 'and' &&
    norm(i + 3) === 'a' &&
    norm(i + 4) === 'half' &&
    norm(i + 5) === 'ago'
  )
    return next === 'decade'
      ? { to: i + 6, years: -15, approximate: true, ago: true }
      : { to: i + 6, months: -18, ago: true };
  // "A decade after the city fell, …", "Two decades after …" opening the sentence: the event it
  // looks back to is that long before the page (as "Ten years after …" is, in resolve-dates.ts).
  if (
    i === bodyFrom &&
    count <= 4 &&
    (next === 'decade' || next === 'decades') &&
    norm(i + 2) === 'after'
  )
    return { to: i + 2, years: -10 * count, approximate: true, ago: false };
  // "in 2015, twelve months after the city fell": whole years of months after or before the date
  // told just before, that many years from it.
  if (
    afterDate &&
    (next === 'months' || next === 'month') &&
    count % 12 === 0 &&
    (norm(i + 2) === 'after' || norm(i + 2) === 'before')
  )
    return {
      to: i + 3,
      fromEarlier: (norm(i + 2) === 'after' ? -1 : 1) * (count / 12),
      ago: false,
    };
  return undefined;
}
