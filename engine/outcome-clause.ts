/**
 * What came of it, told after what was said would happen: "Officials said the pier would close
 * the next week; in the end, the crews did not hand it over until March". The statement after
 * the semicolon, opened by a word of outcome ("in the end", "in the event", "in practice",
 * "instead", "as it turned out", "eventually", "ultimately"), is what the sentence reports; the
 * statement before it is the foil it is set against.
 *
 * Two readings follow (recognize.ts): an event told in the outcome is not excluded by the
 * foil's future ("would close"), which belongs to what was said then; and a plan whose words all
 * stand in the foil yields to a reading of what came of it (pick-best.ts, `foil`). A plan is
 * still carded when the outcome tells nothing the story knows ("…; in the end, the talks broke
 * up"), and an event all of whose words stand in the foil is still excluded by its future.
 */
import type { Token } from './tokenize';
import { gapHas } from './word-gaps';

/** The words opening the statement of what came of it, each a list of words. */
const OPENERS: readonly (readonly string[])[] = [
  ['in', 'the', 'end'],
  ['in', 'the', 'event'],
  ['in', 'practice'],
  ['instead'],
  ['as', 'it', 'turned', 'out'],
  ['eventually'],
  ['ultimately'],
];

/** Whether the words from `at` on are `words`. */
function spells(tokens: readonly Token[], at: number, words: readonly string[]): boolean {
  for (let k = 0; k < words.length; k++) if (tokens[at + k]?.norm !== words[k]) return false;
  return true;
}

/**
 * The outcome statement of a sentence, as [where its opener starts, where its words start], or
 * null: an opener right after a semicolon ("…; in the end, …", "…; but in the end …").
 */
export function outcomeStatement(tokens: readonly Token[], text: string): [number, number] | null {
  if (!text.includes(';')) return null;
  for (let k = 1; k < tokens.length; k++) {
    if (!gapHas(tokens, text, k, ';')) continue;
    const at = tokens[k]?.norm === 'but' ? k + 1 : k;
    for (const words of OPENERS)
      if (spells(tokens, at, words) && at + words.length < tokens.length)
        return [k, at + words.length];
  }
  return null;
}
