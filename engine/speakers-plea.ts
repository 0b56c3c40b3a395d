/**
 * "I urge the council to keep the crews at the pier", "We call on the board to act": a sentence
 * whose own speaker opens it with a verb of asking tells the speaker's plea, from where the
 * speaker stands. It does not go on with the story the sentence before told, so it takes no
 * place from that sentence: "bring our crews home" after a sentence about Portsea is not news
 * from Portsea, nor the wish of anyone there.
 */
import type { Token } from './tokenize';

/** First-person subjects: the speaker, alone or with others. */
const SPEAKER = new Set(['i', 'we']);
/** Verbs of asking that open a plea. */
const PLEAS = new Set(
  'urge ask call implore beg appeal demand request encourage invite press'.split(' '),
);
/** Adverbs that may stand between the speaker and the verb: "I again urge", "we strongly ask". */
const BETWEEN = new Set('again also therefore strongly respectfully once now further'.split(' '));

/** Whether the sentence opens on the speaker's own plea ("I urge …", "We strongly call on …"). */
export function speakersPlea(tokens: readonly Token[]): boolean {
  if (!SPEAKER.has(tokens[0]?.norm ?? '')) return false;
  let k = 1;
  while (k < 3 && BETWEEN.has(tokens[k]?.norm ?? '')) k++;
  return PLEAS.has(tokens[k]?.norm ?? '');
}
