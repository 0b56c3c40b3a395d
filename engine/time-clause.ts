/**
 * "The ferry firms are paying more for insurance, as the council finishes closing the old pier",
 * "The envoy arrived a week after the crews handed the pier over": a clause opened by ", as" or
 * by "after" tells an event of its own beside the one before it (a story about something else
 * telling ours in passing). When the words after the cue hold every group of a claim, an exclusion
 * named only before the cue belongs to that other news ("the ferry firms", "the envoy"), and
 * excludes nothing (recognize.ts, with set-apart.ts).
 */
import { pastForm } from './irregular-past';
import type { Token } from './tokenize';
import { gapHas } from './word-gaps';

/** Cheap test on the sentence's text before any word is read. */
const MAY_TIME = /, as |after /i;

/** Words after "as" that make it no clause of time (", as well as", ", as part of", ", as such"). */
const NOT_TIME = new Set([
  'well',
  'part',
  'such',
  'a',
  'an',
  'of',
  'for',
  'to',
  'in',
  'much',
  'many',
]);

/** How far after "after" the verb of its clause may stand ("after the last crews at the old pier left"). */
const VERB_REACH = 10;

/** Words that open a relative clause: what follows them tells of a noun, not the clause's subject. */
const RELATIVE = new Set(['that', 'which', 'who', 'whose', 'where', 'when']);

/**
 * Whether "after" at `at` opens a clause of its own, a subject and its verb in the past ("after
 * the crews handed the pier over"), not a noun ("after talks with the council that began in May":
 * the talks may be those of the main clause's subject).
 */
function opensClause(tokens: readonly Token[], text: string, at: number): boolean {
  for (let k = at + 1; k < tokens.length && k <= at + VERB_REACH; k++) {
    const t = tokens[k] as Token;
    if (RELATIVE.has(t.norm)) return false;
    if (gapHas(tokens, text, k, ',;:')) return false;
    if (k === at + 1) continue;
    if (pastForm(t.norm)) return true;
  }
  return false;
}

/**
 * The first cue of the sentence: [the cue's first token, the token after it], or null. ", as"
 * needs the comma right before it; "after", past the sentence's first word, a clause of its own.
 */
export function timeClauseAt(tokens: readonly Token[], text: string): [number, number] | null {
  if (!MAY_TIME.test(text)) return null;
  for (let k = 1; k + 1 < tokens.length; k++) {
    const t = tokens[k] as Token;
    if (t.norm === 'after') {
      if (opensClause(tokens, text, k)) return [k, k + 1];
      continue;
    }
    if (t.norm !== 'as' || NOT_TIME.has((tokens[k + 1] as Token).norm)) continue;
    if (gapHas(tokens, text, k, ',')) return [k, k + 1];
  }
  return null;
}
