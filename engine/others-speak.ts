/**
 * "Others point out that …", "Others say the crews will stay": "others" as the subject of a
 * verb of saying or thinking names other people giving a view, not the rest of a group ("some
 * crews sailed west, others north"). A phrase read from that one word is not there.
 */
import type { Token } from './tokenize';

/** "others", "many others", "some others": the word a remainder is read from. */
const OTHERS = 'others';

/** Verbs of saying and thinking a view is given with. */
const SPEAKING = new Set(
  'say says said argue argues argued note notes noted point points pointed believe believes believed contend contends contended insist insists insisted warn warns warned counter counters countered suggest suggests suggested claim claims claimed fear fears feared doubt doubts doubted think thinks thought question questions questioned reply replies replied disagree disagrees disagreed object objects objected suspect suspects suspected see sees saw worry worries worried predict predicts predicted caution cautions cautioned maintain maintains maintained'.split(
    ' ',
  ),
);

/** Adverbs that may stand between "others" and the verb ("others also say", "others simply note"). */
const BETWEEN = new Set(['also', 'still', 'simply', 'however', 'instead', 'rightly', 'privately']);

/** Whether the token at `at` is "others" speaking: the subject of a verb of saying right after it. */
export function othersSpeak(tokens: readonly Token[], at: number): boolean {
  if (tokens[at]?.norm !== OTHERS) return false;
  let k = at + 1;
  if (BETWEEN.has(tokens[k]?.norm ?? '')) k++;
  return SPEAKING.has(tokens[k]?.norm ?? '');
}
