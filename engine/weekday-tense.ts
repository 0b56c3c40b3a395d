/**
 * "The office announced on Tuesday that …", "The crews will leave on Friday": a weekday after
 * "on" is a day of the page's week, read only where its clause's tense is clear. A verb in the
 * past just before it ("announced", "praised the step on Monday") dates it to the last such day
 * on or before the page's day; "will"/"shall" before it, to the next one. Neither (a bare "on
 * Tuesday", "is due on Friday") leaves it unread, as before.
 */
import { pastForm } from './irregular-past';
import type { Token } from './tokenize';
import { gapHas } from './word-gaps';

/** How many words before "on" the clause's verb may stand ("wound up its work in Portsea on Monday"). */
const VERB_REACH = 6;
/** Words after which an "-ed" form is no past of the clause ("has", "had", "will be"). */
const NOT_PAST_BEFORE = new Set(['has', 'have', 'be', 'being', 'is', 'are', 'will', 'would']);
const FUTURE = new Set(['will', 'shall']);

/**
 * The tense of the weekday at token `at` (after "on"): 'past', 'future', or undefined when its
 * clause does not say. A mark of a clause's end between the verb and the day stops the search.
 */
export function weekdayTense(
  tokens: readonly Token[],
  text: string,
  at: number,
): 'past' | 'future' | undefined {
  if (tokens[at - 1]?.norm !== 'on') return undefined;
  for (let k = at - 2; k >= 0 && k >= at - 1 - VERB_REACH; k--) {
    const t = tokens[k] as Token;
    if (gapHas(tokens, text, k + 1, ',;:.—–(')) return undefined;
    if (FUTURE.has(t.norm)) return 'future';
    const before = tokens[k - 1]?.norm ?? '';
    if (pastForm(t.norm) && !NOT_PAST_BEFORE.has(before)) return 'past';
  }
  return undefined;
}
