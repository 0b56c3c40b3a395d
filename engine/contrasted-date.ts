/**
 * "The crews leave the pier in May 2025, not May 2024.", "…, not in 2024, as first printed": a
 * date set after a comma and "not" against a date the sentence named before it is the
 * alternative set aside (a correction's wrong date, a rumour's). It dates nothing the sentence
 * asserts, so the claim is read with the date before it. Only where the sentence named another
 * date first: "The pier closes, not in 2024." denies the year, as any "not" does.
 */
import type { DateMention } from './resolve-dates';
import type { Token } from './tokenize';
import { gapHas } from './word-gaps';

/** Prepositions of time that may stand between "not" and the date ("not in 2024"). */
const TIME_PREPOSITIONS = new Set(['in', 'by', 'until', 'before', 'after', 'on', 'for', 'from']);

/** The token of the "not" that opens `d` after a comma, or -1. */
function contrastNot(tokens: readonly Token[], text: string, d: DateMention): number {
  let k = d.from - 1;
  if (TIME_PREPOSITIONS.has(tokens[k]?.norm ?? '')) k--;
  if (tokens[k]?.norm !== 'not' || !gapHas(tokens, text, k, ',')) return -1;
  return k;
}

/** Whether the date ends its phrase: the sentence's end, or a comma, semicolon or dash after it. */
function endsPhrase(tokens: readonly Token[], text: string, d: DateMention): boolean {
  return d.to >= tokens.length || gapHas(tokens, text, d.to, ',;—–');
}

/** The sentence's dates without those set aside by ", not …" against an earlier date. */
export function withoutContrastedDates(
  dates: DateMention[],
  tokens: readonly Token[],
  text: string,
): DateMention[] {
  if (dates.length < 2 || !text.includes(', not')) return dates;
  const kept = dates.filter((d) => {
    const not = contrastNot(tokens, text, d);
    if (not < 0 || !endsPhrase(tokens, text, d)) return true;
    return !dates.some((e) => e !== d && e.to <= not);
  });
  return kept.length === dates.length ? dates : kept;
}
