/**
 * "The Ashby crews handed back their berths in May. The Portsea crews took the same step.",
 * "… Two other towns took comparable decisions that month.": others took the step the sentence
 * before told, named only by a general noun of a step ("step", "decision", "move") and a word
 * saying it was the same ("the same", "a similar", "comparable", "like"). Read as "did the same"
 * is (carry-context.ts `restatesPrevious`): the card just before told again, of them. Not when
 * the noun has an object of its own ("a similar decision on fishing", "the same step for its
 * ferries"), nor when it is undone ("never took the same step") or told as another ("a
 * different decision").
 */

import type { Token } from './tokenize';
import { undoneBefore } from './undone-before';

/** Verbs of taking a step. */
const TAKING = new Set(['took', 'taken', 'takes', 'made', 'make', 'makes', 'reached']);
/** Words saying the step was like the one told before, after the verb. */
const ALIKE = new Set(['same', 'similar', 'comparable', 'like', 'identical', 'matching']);
/** Words that may open the phrase before ALIKE: "the same", "a similar", "much the same". */
const OPENING = new Set(['the', 'a', 'much', 'very']);
/** General nouns of a step, in any story. */
const STEP_NOUNS = new Set([
  'step',
  'steps',
  'decision',
  'decisions',
  'move',
  'moves',
  'choice',
  'measure',
  'measures',
]);
/** Words after the noun that give it an object of its own: "a similar decision on fishing". */
const OWN_OBJECT = new Set([
  'on',
  'about',
  'over',
  'regarding',
  'concerning',
  'for',
  'to',
  'with',
  'against',
  'in',
]);

/**
 * Whether the sentence tells that its subject took the step the sentence before told: a verb of
 * taking, then "the same" / "a similar" / "comparable" and a general noun of a step, nothing of
 * its own after the noun save a time ("in the same month": a time is not an object).
 */
export function takesTheSameStep(tokens: readonly Token[]): boolean {
  for (let k = 1; k + 2 < tokens.length; k++) {
    if (!TAKING.has((tokens[k] as Token).norm)) continue;
    let j = k + 1;
    while (j < tokens.length && OPENING.has((tokens[j] as Token).norm)) j++;
    if (!ALIKE.has(tokens[j]?.norm ?? '')) continue;
    const noun = j + 1;
    if (!STEP_NOUNS.has(tokens[noun]?.norm ?? '')) continue;
    if (ownObject(tokens, noun + 1)) return false;
    return !undoneBefore(tokens, k);
  }
  return false;
}

/** Words after "in" or "on" that open a time: "in the same month", "in that week". */
const OPENING_A_TIME = new Set(['the', 'that', 'this', 'those', 'early', 'late', 'mid']);

/** Whether the words at `at` give the step an object of its own. */
function ownObject(tokens: readonly Token[], at: number): boolean {
  const word = tokens[at]?.norm ?? '';
  if (!OWN_OBJECT.has(word)) return false;
  // "in the same month", "on Friday", "in February": a time, not an object ("on its ferries" is).
  if (word !== 'in' && word !== 'on') return true;
  const next = tokens[at + 1];
  if (!next) return true;
  if (/^[A-Z]/.test(next.raw) || next.value !== undefined) return false;
  return !(word === 'in' && OPENING_A_TIME.has(next.norm));
}
