/**
 * "It is unclear whether the gap could be used by the raiders, whose boats remain in the bay": a
 * "who"/"whose" clause set off by a comma describes the person or group just named, and that
 * description is the writer's, not part of what is asked. Likewise "asked whether the port had a
 * view on the mayor, who had praised the reopening": the praise is told, the port's view asked.
 * A restrictive clause (no comma: "whether crews who stayed will be paid") stays inside the doubt,
 * and "which" is left to clauses.ts (relativeReport), where a speaker must assert it.
 */
import type { Token } from './tokenize';
import { gapHas } from './word-gaps';

const DESCRIBING = new Set(['who', 'whose']);

/**
 * The token of the first comma-led "who"/"whose" after token `from` and before `end` (exclusive;
 * -1 for the sentence's end), or -1.
 */
export function describedInDoubt(
  tokens: readonly Token[],
  text: string,
  from: number,
  end: number,
): number {
  const stop = end < 0 ? tokens.length : end;
  for (let k = Math.max(from + 1, 1); k < stop; k++) {
    if (!DESCRIBING.has((tokens[k] as Token).norm)) continue;
    if (gapHas(tokens, text, k, ',')) return k;
  }
  return -1;
}
