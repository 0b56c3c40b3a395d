/**
 * "Some headed north to the pier, others west", "Others drove on to Ashby", "Most stayed", "Some
 * north, to the old quay": a lone quantifier (or "others") opening a sentence, right before a verb
 * in the past or a bare direction, is a part of those the sentence before named, and their
 * subject, as "Some are …" or "Most of them …" is (carry-subject.ts partOfThem). A verb of saying
 * is left out ("Some said …", "Others warned …": people with a view, not a part of a body that
 * moved), and so is a noun after the quantifier ("Some crates went north": a subject of its own).
 */

import { SAYING_VERBS } from './english';
import { pastForm } from './irregular-past';
import type { Token } from './tokenize';

/** Words that stand alone for a part of those named before. */
const PARTS = new Set(['some', 'others', 'most', 'many', 'several']);
/** Directions a verbless answer goes in ("Some north, …", "Others west into …"). */
const DIRECTIONS = new Set(['north', 'south', 'east', 'west', 'northward', 'southward', 'home']);

/** Whether the words at `at` open a sentence with a bare part of those before as its subject. */
export function partitiveSubject(tokens: readonly Token[], at: number): boolean {
  if (!PARTS.has(tokens[at]?.norm ?? '')) return false;
  const next = tokens[at + 1]?.norm ?? '';
  if (DIRECTIONS.has(next)) return true;
  return pastForm(next) && !SAYING_VERBS.has(next);
}

/** Words that end a subject: a relative pronoun or an auxiliary ("… who had …", "… have been …"). */
const SUBJECT_ENDS = new Set(
  'who which that whose is are was were has have had will would can could may might been be'.split(
    ' ',
  ),
);

/**
 * Whether a hit lies in the subject of the sentence before (its words up to the first verb or
 * relative pronoun): "Some" is a part of "Long lines of American vehicles have been leaving …",
 * not of the country in "Students who had studied in the United States flew home. Most …".
 */
export function inSubject(h: { from: number }, tokens: readonly Token[]): boolean {
  for (let k = 0; k < h.from && k < tokens.length; k++) {
    const norm = (tokens[k] as Token).norm;
    if (SUBJECT_ENDS.has(norm) || pastForm(norm)) return false;
  }
  return true;
}
