/**
 * "Readers will remember that in May the crews left the pier", "Fans may recall that in March the
 * band split", "The display will also note that the crews had gone by then": the future of the
 * remembering (or the noting) is the reader's or the display's, and what is remembered has a
 * tense of its own. After a modal verb of memory and its "that" (or "how"), a month is read in
 * the clause that follows, so "will" does not make a month gone by a deadline ahead ("in May" on
 * an October page is the May before, not the next one), and the modal excludes nothing of a claim
 * told wholly after it (recognize.ts). "The board will announce that …" is not read so: what is
 * announced may still be to come.
 */
import type { Token } from './tokenize';

/** Modals whose verb of memory is the reader's, not the event's. */
const MODALS = new Set(['will', 'would', 'may', 'might', 'should', 'must', 'can', "'ll"]);
/** Verbs that look back at what is already so, bare after a modal. */
const MEMORY = new Set(['remember', 'recall', 'recollect', 'note']);
/** Words that open what is remembered. */
const OPENERS = new Set(['that', 'how']);
/** Words a modal may stand before its verb: "will no doubt recall", "will also note". */
const MODAL_REACH = 3;
/** How far before a month the opener may stand, in tokens. */
const MONTH_REACH = 6;

/** Whether a modal verb of memory closes just before the opener at `k`. */
function openerAt(tokens: readonly Token[], k: number): boolean {
  if (!OPENERS.has(tokens[k]?.norm ?? '') || !MEMORY.has(tokens[k - 1]?.norm ?? '')) return false;
  for (let m = k - 2; m >= 0 && m >= k - 1 - MODAL_REACH; m--)
    if (MODALS.has(tokens[m]?.norm ?? '')) return true;
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
