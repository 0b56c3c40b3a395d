/**
 * "The timetable leaves both towns room to argue", "That leaves the north pier as the last
 * berth": "leave" giving someone something, or leaving a state of things, is not a departure.
 * A phrase read from that one word ("leaves" for a crew quitting the pier) is not there.
 */
import type { Token } from './tokenize';
import { gapHas } from './word-gaps';

/** The forms of "leave". */
const LEAVE = new Set(['leave', 'leaves', 'leaving', 'left']);

/** What "leave" may give or leave open: "leaves them room", "left the question open". */
const GIVEN = new Set(
  'room time scope space leeway latitude margin open unanswered unclear unresolved unsettled uncertain undecided wondering guessing doubt doubts questions'.split(
    ' ',
  ),
);

/**
 * Words that end the object of "leave" before what it gives: a preposition, a clause, or a modal
 * opening a predicate of its own ("leaving too soon could open the door to …" is a departure the
 * sentence judges, not a thing left open).
 */
const ENDS_OBJECT = new Set(
  'in on at by from for to with of after before until during since and but or that which who could would can will may might must should shall'.split(
    ' ',
  ),
);

/** How many words the object may take between "leave" and what it gives ("both river towns"). */
const OBJECT_REACH = 4;

/** Whether the token at `at` is "leave" giving or leaving something rather than departing. */
export function leaveGives(tokens: readonly Token[], at: number, text: string): boolean {
  const word = tokens[at];
  if (!word || !LEAVE.has(word.norm)) return false;
  // "That leaves …", "This left …" opening the sentence: the result of what was told before.
  const before = tokens[at - 1];
  if (at === 1 && before && (before.norm === 'that' || before.norm === 'this')) return true;
  for (let k = at + 1; k < tokens.length && k <= at + OBJECT_REACH + 1; k++) {
    const t = tokens[k] as Token;
    // A comma or a stop between ends the clause: "left early, giving crews time" gives nothing.
    if (gapHas(tokens, text, k, ',;:.!?')) return false;
    if (GIVEN.has(t.norm)) return k > at + 1 || t.norm !== 'open';
    if (ENDS_OBJECT.has(t.norm)) return false;
  }
  return false;
}
