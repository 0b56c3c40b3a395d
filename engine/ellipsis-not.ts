/**
 * "The ferry is gone; its crews are not.": a "not" closing a clause after an auxiliary, with no
 * verb of its own, leaves out the predicate of the clause before it, which it sets against
 * ("… are not [gone]"). The contrast is marked by a semicolon, a dash or "but" between the two.
 */
import type { Token } from './tokenize';
import { gapHas } from './word-gaps';

/** Auxiliaries an elided predicate follows: "are not", "has not", "did not". */
const AUXILIARIES = new Set(
  'is are was were has have had do does did will would can could'.split(' '),
);

/**
 * An elliptical "not": where it stands, and where the clause before it ends, whose predicate it
 * leaves out.
 */
export type EllipticalNot = { at: number; before: number };

/**
 * The "not" at the end of a clause that leaves out the predicate of the clause before ("its
 * crews are not."), and the last word of that clause; undefined when the sentence has none.
 * A "not" with words of its own after it ("are not staying") is a plain negation.
 */
export function ellipticalNot(tokens: readonly Token[], text: string): EllipticalNot | undefined {
  for (let k = 2; k < tokens.length; k++) {
    const word = (tokens[k] as Token).norm;
    if (word !== 'not') continue;
    if (!AUXILIARIES.has((tokens[k - 1] as Token).norm)) continue;
    // The "not" closes its clause: the sentence ends, or a mark follows it.
    if (k + 1 < tokens.length && !gapHas(tokens, text, k + 1, ';,.:—–-')) continue;
    // Back to the contrast that opens the clause: a semicolon or dash before it, or "but".
    for (let j = k - 1; j > 0; j--) {
      if ((tokens[j] as Token).norm === 'but') return j > 1 ? { at: k, before: j - 1 } : undefined;
      if (gapHas(tokens, text, j, ';—–')) return { at: k, before: j - 1 };
      if (gapHas(tokens, text, j, '.:')) return undefined;
    }
    return undefined;
  }
  return undefined;
}
