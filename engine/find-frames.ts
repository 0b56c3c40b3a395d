/**
 * Frames: the phrases a writer sets before the clause that asserts something, to say what it
 * takes for granted. "Under the agreement, the last ferries sail in May" states the date and
 * presupposes the agreement; "After the vote, the council closed the bridge" reports the
 * closure. A frame opens the sentence (or follows a comma) with one of these words and runs
 * to the next comma, within a few words; what it names is not what the sentence asserts.
 */
import type { Token } from './tokenize';

/** Words that open a frame. "as part of", "in line with", "in keeping with" open with their first word. */
const OPENERS = new Set(['under', 'following', 'after', 'amid', 'despite', 'with', 'before']);
const PHRASES: readonly (readonly string[])[] = [
  ['as', 'part', 'of'],
  ['in', 'line', 'with'],
  ['in', 'keeping', 'with'],
  ['in', 'accordance', 'with'],
  ['in', 'the', 'wake', 'of'],
];
/** Longest frame, in words: a longer stretch before a comma is a clause of its own. */
const MAX_WORDS = 9;

export type Frame = { from: number; to: number; opener: string };

export function findFrames(tokens: readonly Token[], sentence: string): Frame[] {
  const frames: Frame[] = [];
  for (let at = 0; at < tokens.length; at++) {
    // Most words open nothing: look them up before reading the punctuation around them.
    const length = openerLength(tokens, at);
    if (length === 0) continue;
    // "Under 2,000 troops will stay", "after 2026": a figure or a date, not a frame.
    if (length === 1 && tokens[at + 1]?.value !== undefined) continue;
    if (at > 0 && !breakBetween(sentence, tokens[at - 1] as Token, tokens[at] as Token)) continue;
    for (let k = at + length; k < tokens.length - 1 && k <= at + MAX_WORDS; k++)
      if (breakBetween(sentence, tokens[k] as Token, tokens[k + 1] as Token)) {
        frames.push({ from: at, to: k, opener: tokens[at]?.raw ?? '' });
        at = k;
        break;
      }
  }
  return frames;
}

/** A comma, semicolon, colon, dash or bracket between two words: where a frame opens or closes. */
function breakBetween(sentence: string, before: Token, after: Token): boolean {
  for (let i = before.end; i < after.start; i++) {
    const c = sentence.charCodeAt(i);
    if (c === 44 || c === 59 || c === 58 || c === 40 || c === 41 || c === 0x2014 || c === 0x2013)
      return true;
  }
  return false;
}

function openerLength(tokens: readonly Token[], at: number): number {
  const word = tokens[at]?.norm ?? '';
  if (OPENERS.has(word)) return 1;
  for (const phrase of PHRASES)
    if (phrase.every((w, i) => tokens[at + i]?.norm === w)) return phrase.length;
  return 0;
}

/** True when the token at `at` lies in one of the frames. */
export function isFramed(at: number, frames: readonly Frame[]): boolean {
  for (const f of frames) if (at >= f.from && at <= f.to) return true;
  return false;
}
