/**
 * "The freight talks have run in parallel with the talks on the pier that the council opened in
 * May": what stands after "in parallel with", "parallel to", "separate(ly) from" or "distinct
 * from" is another thing than what stands before it, set beside it. When the words after the cue
 * hold every group of a claim, an exclusion named only before the cue names that other thing,
 * and excludes nothing (recognize.ts).
 */
import type { Token } from './tokenize';
import { gapHas } from './word-gaps';

/** The cue's last word, with the words that must stand right before it. */
const CUES: ReadonlyMap<string, readonly (readonly string[])[]> = new Map([
  ['with', [['in', 'parallel']]],
  ['to', [['parallel']]],
  ['from', [['separate'], ['separately'], ['distinct']]],
]);

/** Cheap test on the sentence's text before any word is read. */
const MAY_SET_APART = /parallel|separate|distinct/i;

/**
 * The first cue of the sentence: [the cue's first token, the token after it], or null.
 */
export function setApartAt(tokens: readonly Token[], text: string): [number, number] | null {
  if (!MAY_SET_APART.test(text)) return null;
  for (let k = 1; k < tokens.length; k++) {
    const befores = CUES.get((tokens[k] as Token).norm);
    if (!befores) continue;
    for (const before of befores) {
      const first = k - before.length;
      if (first < 0) continue;
      if (before.every((w, i) => (tokens[first + i] as Token).norm === w)) return [first, k + 1];
    }
  }
  return null;
}

/**
 * Where the other thing after the cue ends: "The harbour board, a body distinct from the ferry
 * company, will keep its crews": a cue inside an aside (a comma before it, and one after the
 * words it sets apart) sets apart only the words up to the aside's closing comma; what follows
 * is the main clause, said of the subject before the cue. Without such commas ("ran in parallel
 * with the pier talks the council opened in May") the other thing runs to the end.
 */
export function setApartEnd(
  tokens: readonly Token[],
  text: string,
  apart: [number, number],
): number {
  const [first, after] = apart;
  let opened = false;
  for (let k = 1; k <= first && !opened; k++) opened = gapHas(tokens, text, k, ',');
  if (!opened) return tokens.length;
  for (let e = after + 1; e < tokens.length; e++) if (gapHas(tokens, text, e, ',;')) return e;
  return tokens.length;
}
