/**
 * "Three months after the crews handed over the pier, the villagers are asking what the change
 * will mean": a phrase of time opening the sentence's body ("After …,", "Since …,", "Three months
 * after …,") whose verb tells in the past takes its event as done. A claim whose words all lie in
 * that phrase is told there, in the past, and the main clause's own words ("will", "plans to")
 * are about the main clause: they exclude nothing of it. A phrase with no past verb ("After the
 * crews leave, …", "After the handover next month, …") is left to the other readings.
 */
import { pastForm } from './irregular-past';
import { datelineEnd } from './sentence-facts';
import type { Token } from './tokenize';
import { gapHas } from './word-gaps';

const OPENERS = new Set(['after', 'following', 'since']);
const UNITS = new Set(['day', 'days', 'week', 'weeks', 'month', 'months', 'year', 'years']);
/** Words that make a past-looking form a plan or a passive still to come ("was to be handed"). */
const AHEAD = new Set(['will', 'would', 'to', 'shall']);
/** The longest opening phrase read, in tokens. */
const REACH = 30;

/**
 * The token after the comma that closes a past phrase of time opening the body (after its
 * dateline, if any), or -1.
 */
export function pastOpeningTimeEnd(tokens: readonly Token[], text: string): number {
  const from = datelineEnd(tokens, text);
  let k = from;
  // "Three months after", "A year after", "Weeks after".
  if (!OPENERS.has(tokens[k]?.norm ?? '')) {
    if (UNITS.has(tokens[k + 1]?.norm ?? '') && tokens[k + 2]?.norm === 'after') k += 2;
    else if (UNITS.has(tokens[k]?.norm ?? '') && tokens[k + 1]?.norm === 'after') k += 1;
    else return -1;
  }
  let past = false;
  for (let j = k + 1; j < tokens.length && j <= from + REACH; j++) {
    if (gapHas(tokens, text, j, ',;:—–')) return past && j > k + 2 ? j : -1;
    const t = tokens[j] as Token;
    if (AHEAD.has(t.norm)) return -1;
    if (pastForm(t.norm)) past = true;
  }
  return -1;
}
