/**
 * "… had reached its end on the last day of September", "in the final weeks of the talks": an
 * adjective of being last ending a phrase, with a noun of time right after it, tells a time, not
 * the rest of a group or the last of something ("the last crews"). A phrase read up to that
 * adjective ("the last") is not read so. "The last left in May", "the final convoy" and "last
 * year" (no determiner: the date) are read as before.
 */
import type { Token } from './tokenize';

/** Adjectives of being last that a phrase may end on ("the last", "its final"). */
const LAST = new Set(['last', 'final', 'remaining', 'closing']);
/** Nouns of a span of time. */
const TIME = new Set([
  'day',
  'days',
  'night',
  'nights',
  'week',
  'weeks',
  'weekend',
  'month',
  'months',
  'year',
  'years',
  'hour',
  'hours',
  'minutes',
]);

/** Determiners before it: "Last year …" with none is the deictic date, read as before. */
const DETERMINERS = new Set(['the', 'its', 'their', 'his', 'her', 'our', 'these', 'those']);

/**
 * Whether a phrase ending before token `to` (exclusive) ends on "the last" (or "its final", …)
 * before a noun of time.
 */
export function lastOfTime(tokens: readonly Token[], to: number): boolean {
  return (
    LAST.has(tokens[to - 1]?.norm ?? '') &&
    DETERMINERS.has(tokens[to - 2]?.norm ?? '') &&
    TIME.has(tokens[to]?.norm ?? '')
  );
}
