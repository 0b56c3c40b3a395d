/**
 * "Remember the commanders who promised the base back by Christmas?", "Who can forget the day
 * the last convoy left?": a question that bids the reader recall something tells it (a
 * columnist's aside, answered by the writer's own next line); it asks nothing. Only the bidding
 * itself opens the sentence: an imperative "Remember" or "Recall", or "Who can (could) forget".
 * "Do you remember …?", "Does anyone recall …?" and "Who remembers …?" ask, and stay questions
 * (topic-gate.ts).
 */
import type { Token } from './tokenize';

/** Imperatives that open a bid to recall. */
const BIDDING = new Set(['remember', 'recall']);
/** The modals of "Who can forget …?". */
const CAN = new Set(['can', 'could']);

/** Whether a sentence ending in "?" bids the reader recall what it tells, rather than asks. */
export function recalledQuestion(tokens: readonly Token[]): boolean {
  const first = tokens[0]?.norm ?? '';
  if (BIDDING.has(first)) return true;
  return first === 'who' && CAN.has(tokens[1]?.norm ?? '') && tokens[2]?.norm === 'forget';
}
