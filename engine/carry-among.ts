/**
 * "Several crews left the Old Pier in May. The Ashby crew was among them.": a subject said to be
 * one of those the sentence before told of did what they did, so the sentence states that card
 * again with a new name for who did it.
 */

import type { Token } from './tokenize';

/** The verbs that put a subject among others ("was among them", "is one of them"). */
const BEING = new Set(['was', 'were', 'is', 'are']);
/** The pronouns that point back at those the sentence before told of. */
const THOSE = new Set(['them', 'those', 'these']);
/** Words opening a clause of its own after "among those" ("… those who left in May"). */
const RELATIVE = new Set(['that', 'who', 'which', 'whose']);
/** A subject is short: the verb stands within these first words ("The Ashby crew was …"). */
const SUBJECT_REACH = 6;

/**
 * "The Ashby crew was among them", "Portsea was also one of them", "Among them were the Ashby
 * crews": the sentence counts someone among those the sentence before told of. Not "was not
 * among them", which puts them apart.
 */
export function amongThem(tokens: readonly Token[]): boolean {
  const norm = (k: number) => tokens[k]?.norm ?? '';
  // "Among them were the Ashby crews."
  if (norm(0) === 'among' && THOSE.has(norm(1)) && BEING.has(norm(2))) return true;
  for (let k = 1; k <= SUBJECT_REACH && k < tokens.length; k++) {
    if (!BEING.has(norm(k))) continue;
    let at = k + 1;
    if (norm(at) === 'also') at++;
    // "was among those who left": a clause of its own tells what they did.
    if (norm(at) === 'among' && THOSE.has(norm(at + 1))) return !RELATIVE.has(norm(at + 2));
    if (norm(at) === 'one' && norm(at + 1) === 'of' && THOSE.has(norm(at + 2))) return true;
    return false;
  }
  return false;
}
