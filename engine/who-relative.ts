/**
 * "The pier has a café, where crews who left the old quay settled in and stayed on": a "who"
 * clause on the subject of a clause (one opened by "where", "when", "after", "because", "as",
 * "while", "since" or "once", or the sentence itself) names those people by what they did before
 * (they left the old quay); the clause tells what they did then (settled in). The "who" clause is
 * taken for granted, as "The crews that spent the winter on the pier have gone home" takes the
 * winter for granted (presupposed.ts). It runs to the verb of the clause it sits in: an auxiliary,
 * or a past that does not go on a list ("left the quay and the shed settled in": "settled" ends
 * it; "left the quay and settled in" has no verb of the clause after, and is not read).
 */

import { SAYING_VERBS } from './english';
import { pastForm } from './irregular-past';
import type { Token } from './tokenize';
import { gapHas } from './word-gaps';

/** Cheap test on the sentence's text before any word is read. */
const MAY_HAVE = /\bwho\b/i;
/** Words that open a clause whose subject may carry such a "who" clause. */
const CLAUSE_OPENERS = new Set('where when after because as while since once'.split(' '));
/** Marks that end a stretch of the sentence. */
const BREAKS = ',;:\u2013\u2014()';
/** Auxiliaries that open the clause's own verb ("… who left in May have moved"). */
const AUXILIARIES = new Set(
  'is are was were will would has have had can could may might must should'.split(' '),
);
/** Words that join a list: a past after them goes on the "who" clause's own verbs. */
const JOINING = new Set(['and', 'or', 'but', 'then']);
/** How many words the subject may have before "who", and the "who" clause in all. */
const SUBJECT_WORDS = 4;
const RELATIVE_WORDS = 12;

/** The tokens [from, to) of each "who" clause on the subject of a clause, in sentence order. */
export function whoRelatives(tokens: readonly Token[], text: string): [number, number][] {
  if (!MAY_HAVE.test(text)) return [];
  const found: [number, number][] = [];
  for (let k = 1; k < tokens.length; k++) {
    if ((tokens[k] as Token).norm !== 'who' || gapHas(tokens, text, k, BREAKS)) continue;
    if (!opensSubject(tokens, text, k)) continue;
    const end = relativeEnd(tokens, text, k);
    if (end > 0) found.push([k, end]);
  }
  return found;
}

/** Whether the words before the "who" at k are a short subject opening the sentence or a clause. */
function opensSubject(tokens: readonly Token[], text: string, k: number): boolean {
  for (let s = k - 1; s >= 0 && k - s <= SUBJECT_WORDS; s--) {
    const norm = (tokens[s] as Token).norm;
    if (CLAUSE_OPENERS.has(norm)) return s < k - 1;
    if (AUXILIARIES.has(norm) || pastForm(norm)) return false;
    if (s === 0) return true;
    if (gapHas(tokens, text, s, BREAKS)) return false;
  }
  return false;
}

/** Where the "who" clause at k ends (the clause's own verb), or -1 when no verb follows it. */
function relativeEnd(tokens: readonly Token[], text: string, k: number): number {
  if (SAYING_VERBS.has(tokens[k + 1]?.norm ?? '')) return -1;
  for (let j = k + 2; j < tokens.length && j <= k + RELATIVE_WORDS; j++) {
    if (gapHas(tokens, text, j, BREAKS)) return -1;
    const t = tokens[j] as Token;
    // "who said the crews left …": what they said is a clause of its own, not read.
    if (t.norm === 'that' || SAYING_VERBS.has(t.norm)) return -1;
    if (t.raw.charCodeAt(0) < 97) continue;
    if (AUXILIARIES.has(t.norm)) return j;
    const before = (tokens[j - 1] as Token).norm;
    // "who were deployed", "who left and settled": the clause's own verbs go on.
    if (pastForm(t.norm) && !JOINING.has(before) && !AUXILIARIES.has(before)) return j;
  }
  return -1;
}
