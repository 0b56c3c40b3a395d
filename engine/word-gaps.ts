/**
 * What stands between two words of a sentence: the spaces and punctuation a reading rule asks
 * about ("the depot, near Ashby": a comma closes the phrase before "near").
 */
import type { Token } from './tokenize';

/** What stands between token k - 1 and token k (spaces and punctuation); "" before the first. */
export function gapBefore(tokens: readonly Token[], text: string, k: number): string {
  return k > 0 ? text.slice((tokens[k - 1] as Token).end, (tokens[k] as Token).start) : '';
}

/**
 * Whether any of a few punctuation marks stands in `text[from, to)`: the gap between two words,
 * asked at each word after a determiner or a noun ("the depot, …", "the commission: …"). The same
 * answer as `/[,;:]/.test(text.slice(from, to))`, without the copy of the gap and a call into the
 * regular expression engine per word.
 */
export function marksBetween(text: string, from: number, to: number, marks: string): boolean {
  const end = Math.min(to, text.length);
  for (let i = Math.max(0, from); i < end; i++) {
    const c = text.charCodeAt(i);
    for (let m = 0; m < marks.length; m++) if (marks.charCodeAt(m) === c) return true;
  }
  return false;
}

/**
 * Whether any of `marks` stands between token k - 1 and token k: the same answer as
 * `/[…marks]/.test(gapBefore(tokens, text, k))` (false before the first token), asked at each
 * word of a clause by the reading rules, without a copy of the gap and, where the regular
 * expression is written in the loop, a new RegExp object per word.
 */
export function gapHas(tokens: readonly Token[], text: string, k: number, marks: string): boolean {
  return (
    k > 0 && marksBetween(text, (tokens[k - 1] as Token).end, (tokens[k] as Token).start, marks)
  );
}
