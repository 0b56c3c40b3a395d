/**
 * "Several crews agreed to hand back their berths. Two refused: the Ashby and Portsea crews.",
 * "… The Ashby crew said no on the spot.", "… The Portsea crew refused, saying the fees were too
 * high.": a refusal that does not close its sentence may still have no object of its own, when
 * what follows it only names who refused (after a colon), says how it was done ("outright", "on
 * the spot") or why (a clause of saying or reason after a comma). Such a refusal refuses what the
 * sentence before told, as a closing one does (carry-refusal.ts); the caller asks this only when
 * that sentence was carded.
 */

import type { Token } from './tokenize';

/** Verbs of refusing that take no object here ("refused: …", "refused outright"). */
const REFUSING = new Set(['refused', 'declined', 'balked']);
/** Verbs of saying before a "no" that is the refusal ("said no on the spot"). */
const SAYING = new Set(['said', 'answered', 'replied']);

/** How a refusal was made, closing the sentence after it: "refused outright", "said no at once". */
const MANNER: readonly (readonly string[])[] = [
  ['outright'],
  ['flatly'],
  ['point', 'blank'],
  ['immediately'],
  ['publicly'],
  ['at', 'once'],
  ['on', 'the', 'spot'],
  ['from', 'the', 'start'],
  ['from', 'the', 'outset'],
];

/** Words opening a clause of saying or reason after the comma: "refused, saying …". */
const GIVING_REASON = new Set(['saying', 'arguing', 'insisting', 'citing', 'calling', 'warning']);

/** Small words a list of names may hold besides the names: "Kataib Hezbollah and al-Nujaba". */
const IN_NAMES = new Set(['and', 'al', 'the', 'of', 'both']);

/** A refusal with a tail: where it starts, and whether its tail lists who refused. */
export type TailedRefusal = { at: number; listed: boolean };

/**
 * The first refusal of the sentence when such a tail follows it, or undefined. What stands
 * before it is the caller's to judge.
 */
export function refusalBeforeTail(
  tokens: readonly Token[],
  text: string,
): TailedRefusal | undefined {
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k] as Token;
    let at = -1;
    let last = k;
    if (REFUSING.has(t.norm)) at = k;
    else if (t.norm === 'no' && k > 0 && SAYING.has((tokens[k - 1] as Token).norm)) at = k - 1;
    if (at < 0) continue;
    // A closing refusal is carry-refusal.ts's own.
    if (last + 1 >= tokens.length) return undefined;
    const next = tokens[last + 1] as Token;
    const gap = text.slice(t.end, next.start);
    if (/^\s*:\s*$/.test(gap))
      return namesOnly(tokens, last + 1, text) ? { at, listed: true } : undefined;
    if (/^\s*,\s*$/.test(gap))
      return GIVING_REASON.has(next.norm) ? { at, listed: false } : undefined;
    if (!/^\s*$/.test(gap)) return undefined;
    for (const words of MANNER) {
      if (!words.every((w, j) => tokens[last + 1 + j]?.norm === w)) continue;
      last += words.length;
      const end = tokens[last] as Token;
      return last + 1 === tokens.length && CLOSED.test(text.slice(end.end))
        ? { at, listed: false }
        : undefined;
    }
    return undefined;
  }
  return undefined;
}

/** What may follow a sentence's last word: its mark and a closing quote. */
const CLOSED = /^\s*[.!]?["”’']?\s*$/;

/** Whether the words from `from` to the sentence's end only name (capitalised words and "and"). */
function namesOnly(tokens: readonly Token[], from: number, text: string): boolean {
  for (let k = from; k < tokens.length; k++) {
    const t = tokens[k] as Token;
    if (!/^[A-Z]/.test(t.raw) && !IN_NAMES.has(t.norm)) return false;
  }
  const end = tokens[tokens.length - 1] as Token;
  return CLOSED.test(text.slice(end.end));
}
