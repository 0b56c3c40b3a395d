/**
 * "Harbour Transit Board (HTB): the body that runs the ferries.": a glossary's entry opens on the
 * term it defines, its capitalised words followed by their initials in brackets and a colon. It
 * reads like a wire's dateline ("RIVERTON (Wire): …", sentence-facts.ts), but a dateline's
 * bracket holds an agency's name, never the initials of the words before it; the term is what
 * the entry is about, so its words are the sentence's own and are read with the rest.
 */

import { isUpper, type Token } from './tokenize';

/** Longest term read ("Joint Harbour and River Transit Operations Board"). */
const TERM_WORDS = 8;

/** Whether the sentence opens on "Term Words (TW):", the initials matching the term's words. */
export function opensWithDefinedTerm(tokens: readonly Token[], text: string): boolean {
  let open = -1;
  for (let k = 1; k < tokens.length && k <= TERM_WORDS; k++)
    if (text.charCodeAt((tokens[k] as Token).start - 1) === 40) {
      open = k;
      break;
    }
  if (open < 1) return false;
  const abbreviation = tokens[open] as Token;
  // One word in the brackets, closed right after it, and the colon right after the bracket.
  const close = abbreviation.end;
  if (text.charCodeAt(close) !== 41 || text.charCodeAt(close + 1) !== 58) return false;
  const letters = abbreviation.raw;
  if (letters.length < 2 || letters.length > open || !/^[A-Z]+$/.test(letters)) return false;
  // The initials of the capitalised words, in order; small words in lower case ("of", "and")
  // may be left out of the initials or kept ("Status of Forces Agreement (SOFA)").
  return initialsMatch(tokens, open, letters);
}

function initialsMatch(tokens: readonly Token[], end: number, letters: string): boolean {
  // Every word before the bracket is capitalised or a small word in lower case.
  if (!isUpper((tokens[0] as Token).raw.charCodeAt(0))) return false;
  const spell = (k: number, i: number): boolean => {
    if (k === end) return i === letters.length;
    const raw = (tokens[k] as Token).raw;
    const first = raw.charCodeAt(0);
    const matches = i < letters.length && raw[0]?.toUpperCase() === letters[i];
    if (isUpper(first)) return matches && spell(k + 1, i + 1);
    return (matches && spell(k + 1, i + 1)) || spell(k + 1, i);
  };
  return spell(0, 0);
}
