/**
 * A reader bid to remember: "Readers will remember that in May the crews left the pier", "Fans may
 * recall that in March the band split", "as regular readers will know", "The display will also note
 * that the crews had gone by then". The future of the remembering (or the noting) is the reader's
 * or the display's; what is remembered has a tense of its own. Two readings:
 * - "will" (or "'ll") right before a verb of memory whose object is a clause ("that", a comma, the
 *   sentence's end) puts nothing ahead (willRecall(): resolve-dates.ts future(), sentence-facts.ts).
 *   "The town will recall its envoy" (to call back) is still a plan;
 * - after a modal, a verb of memory and its "that" (or "how"), a month is read in the clause that
 *   follows, so "will" does not make a month gone by a deadline ahead ("in May" on an October page
 *   is the May before, not the next one), and the modal excludes nothing of a claim told wholly
 *   after it (rememberedFrom(), rememberedStart(): resolve-dates.ts, recognize.ts). "The board will
 *   announce that …" is not read so: what is announced may still be to come.
 */
import type { Token } from './tokenize';

/** Modals whose verb of memory is the reader's, not the event's. */
const MODALS = new Set(['will', 'would', 'may', 'might', 'should', 'must', 'can']);
/** Verbs that look back at what is already so, bare after a modal. */
const MEMORY = new Set(['remember', 'recall', 'recollect', 'note']);
/** The verbs a reader is told they "will" have, read by willRecall(): knowing, not noting. */
const BID_TO_MEMORY = new Set(['recall', 'remember', 'recollect', 'know']);
/** Words that open what is remembered. */
const OPENERS = new Set(['that', 'how']);
/** Words a modal may stand before its verb: "will no doubt recall", "will also note". */
const MODAL_REACH = 3;
/** How far before a month the opener may stand, in tokens. */
const MONTH_REACH = 6;

/** "will", or a subject joined to "'ll" in one token ("you'll", "they'll"). */
const isWill = (t: Token | undefined): boolean =>
  t !== undefined && (t.norm === 'will' || t.norm.endsWith("'ll"));

/** Whether the token at `at` is a "will" (or "'ll") that only bids the reader remember. */
export function willRecall(tokens: readonly Token[], at: number): boolean {
  if (!isWill(tokens[at]) || !BID_TO_MEMORY.has(tokens[at + 1]?.norm ?? '')) return false;
  const next = at + 2;
  const after = tokens[next];
  // A mark after the verb ("will remember, the crews …") leaves more than a space between the
  // words; read from the offsets, so that future() (tokens alone) reads it too.
  return !after || after.norm === 'that' || after.start - (tokens[next - 1] as Token).end > 1;
}

/** Whether a modal verb of memory closes just before the opener at `k`. */
function openerAt(tokens: readonly Token[], k: number): boolean {
  if (!OPENERS.has(tokens[k]?.norm ?? '') || !MEMORY.has(tokens[k - 1]?.norm ?? '')) return false;
  for (let m = k - 2; m >= 0 && m >= k - 1 - MODAL_REACH; m--) {
    const t = tokens[m];
    if (MODALS.has(t?.norm ?? '') || isWill(t)) return true;
  }
  return false;
}

/** The token after the first opener of what a modal verb of memory recalls; -1 when none. */
export function rememberedStart(tokens: readonly Token[]): number {
  for (let k = 2; k < tokens.length; k++) if (openerAt(tokens, k)) return k + 1;
  return -1;
}

/**
 * The token after the opener of what a modal verb of memory recalls, when the month at `at` lies
 * within a few words after it; -1 otherwise.
 */
export function rememberedFrom(tokens: readonly Token[], at: number): number {
  for (let k = at - 1; k >= 2 && k >= at - MONTH_REACH; k--) if (openerAt(tokens, k)) return k + 1;
  return -1;
}
