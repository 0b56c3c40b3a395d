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

/** Words that name a part before "of" in the sentence before ("some of the crates"). */
const SHARE_WORDS = new Set(['some', 'most', 'many', 'several', 'part']);
/** Words between "of" and the whole's noun ("some of the crates", "most of their boats"). */
const WHOLE_OPENERS = new Set(['the', 'these', 'those', 'their', 'its']);

/**
 * Where the whole a part points back at lies in the sentence before, as the token of its noun:
 * "Pilots said some of the crates went by sea. Others went by rail.": "others" answers "some of
 * the crates", so they are crates too; "The crates are headed two ways. Some north, …": a part
 * of the plural noun the sentence before opens with as its subject ("The crates are …"). Only a
 * plural noun (a part is of many), and only a noun right before the verb (the subject's head,
 * not "The crates from the depot's boats"). -1 when the sentence before shows no such whole.
 */
export function wholeOfPart(tokens: readonly Token[]): number {
  for (let k = 0; k + 2 < tokens.length; k++) {
    if (!SHARE_WORDS.has((tokens[k] as Token).norm) || tokens[k + 1]?.norm !== 'of') continue;
    const noun = WHOLE_OPENERS.has(tokens[k + 2]?.norm ?? '') ? k + 3 : k + 2;
    if (plural(tokens[noun]?.norm ?? '')) return noun;
  }
  const opener = tokens[0]?.norm ?? '';
  if (!WHOLE_OPENERS.has(opener)) return -1;
  const verb = tokens[2]?.norm ?? '';
  const noun = tokens[1]?.norm ?? '';
  return plural(noun) && (SUBJECT_ENDS.has(verb) || pastForm(verb)) ? 1 : -1;
}

/** A plural noun by its ending ("crates", "convoys"), not "-ss" ("press") or a short word. */
function plural(norm: string): boolean {
  return norm.length > 3 && norm.endsWith('s') && !norm.endsWith('ss') && /^[a-z]+$/.test(norm);
}
