/**
 * "Members will recall that the pier was handed over in May", "as readers will remember, the
 * crews left": "will" before a verb of memory, told to the reader, calls up what already
 * happened; it puts nothing ahead. The recalled event keeps its own tense. Only with what marks
 * the memory's object as a clause ("that", a comma, the sentence's end): "The town will recall
 * its envoy" (to call back) is a plan.
 */
import type { Token } from './tokenize';

/** Verbs of memory and knowledge a reader is told they "will" have. */
const MEMORY = new Set(['recall', 'remember', 'recollect', 'know']);

/** Whether the token at `at` is a "will" (or "'ll") that only bids the reader remember. */
export function willRecall(tokens: readonly Token[], at: number): boolean {
  const t = tokens[at] as Token | undefined;
  if (!t || (t.norm !== 'will' && !t.norm.endsWith("'ll"))) return false;
  // "You'll recall": the contraction is one token with its subject; the verb follows either.
  if (!MEMORY.has(tokens[at + 1]?.norm ?? '')) return false;
  const next = at + 2;
  const after = tokens[next];
  // A mark after the verb ("will remember, the crews …") leaves more than a space between the
  // words; read from the offsets, so that future() (tokens alone) reads it too.
  return !after || after.norm === 'that' || after.start - (tokens[next - 1] as Token).end > 1;
}
