/**
 * "Deal or no deal, the ferries sail on Monday"; "Strike talk or no strike talk, the crews are
 * still at the pier"; "The depot closes in May, money or no money": a phrase "X or no X" says the
 * sentence holds either way. It names X only to set it aside: its "no" denies nothing, and X is
 * not what the sentence tells (sentence-facts.ts drops the words of the phrase, find-negations.ts
 * reads no negation there).
 */
import type { Token } from './tokenize';
import { gapHas } from './word-gaps';

/** The longest X read ("exit talk", "a new deal"). */
const MAX_WORDS = 3;

/** Cheap test on the sentence's text before any word is read. */
const MAY_HOLD = / or no /i;

/**
 * The phrases "X or no X" of the sentence, each set off from the clause it qualifies (at the
 * sentence's start or end, or between commas): [first token, token after the phrase).
 */
export function eitherWaySpans(tokens: readonly Token[], text: string): [number, number][] {
  if (!MAY_HOLD.test(text)) return [];
  const spans: [number, number][] = [];
  for (let k = 2; k + 1 < tokens.length; k++) {
    if ((tokens[k] as Token).norm !== 'no' || (tokens[k - 1] as Token).norm !== 'or') continue;
    for (let n = MAX_WORDS; n >= 1; n--) {
      const from = k - 1 - n;
      const to = k + 1 + n;
      if (from < 0 || to > tokens.length) continue;
      let same = true;
      for (let i = 0; i < n && same; i++)
        same = (tokens[from + i] as Token).norm === (tokens[k + 1 + i] as Token).norm;
      if (!same) continue;
      const openedOff = from === 0 || gapHas(tokens, text, from, ',;:—–(');
      const closedOff = to === tokens.length || gapHas(tokens, text, to, ',;:—–)');
      if (openedOff && closedOff) spans.push([from, to]);
      break;
    }
  }
  return spans;
}

/** Whether token `at` lies in a phrase "X or no X" (`spans` from eitherWaySpans). */
export function inEitherWay(spans: readonly [number, number][], at: number): boolean {
  for (const [from, to] of spans) if (at >= from && at < to) return true;
  return false;
}
