/**
 * "The timetable leaves both towns room to argue", "That leaves the north pier as the last
 * berth": "leave" giving someone something, or leaving a state of things, is not a departure.
 * A phrase read from that one word ("leaves" for a crew quitting the pier) is not there; nor is
 * it in "the depots left behind", what stayed when others went.
 */
import { isUpper, type Token } from './tokenize';
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

/** Words that may open a clause's subject before "left behind": "they left behind …" departs. */
const SUBJECTS = new Set(
  'i we you he she it they who that which had have has was were is are be been'.split(' '),
);

/** Words after "left behind" that close a reduced passive ("the depots left behind by …"). */
const AFTER_LEFT_BEHIND = new Set(
  'by at in on when after as and or while until for to with from'.split(' '),
);

/**
 * "engineers listed the depots left behind", "the gear left behind at the base": "left behind"
 * right after the noun it tells of, ending its phrase, is what stayed, not anyone departing
 * ("the crews left behind their boats" is the crews leaving: an object follows).
 */
function leftBehindThing(tokens: readonly Token[], at: number, text: string): boolean {
  if (tokens[at]?.norm !== 'left' || tokens[at + 1]?.norm !== 'behind') return false;
  const before = tokens[at - 1];
  // A name before it is who left ("the Riverton crews left behind …"); a sentence's first word
  // is capitalised whatever it is.
  if (!before || SUBJECTS.has(before.norm)) return false;
  if (at > 1 && isUpper(before.raw.charCodeAt(0))) return false;
  const after = tokens[at + 2];
  return !after || gapHas(tokens, text, at + 2, ',;:.!?') || AFTER_LEFT_BEHIND.has(after.norm);
}

/** Whether the token at `at` is "leave" giving or leaving something rather than departing. */
export function leaveGives(tokens: readonly Token[], at: number, text: string): boolean {
  const word = tokens[at];
  if (!word || !LEAVE.has(word.norm)) return false;
  if (leftBehindThing(tokens, at, text)) return true;
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
