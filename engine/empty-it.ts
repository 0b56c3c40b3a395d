/**
 * An "it" that stands for nothing: the empty subject English puts before a clause it moves to
 * the end ("It seems the crews will stay", "It is expected that the pier reopens", "It remains
 * unclear whether …", "It is hard to say …"). Such an "it" points back at no actor and no event
 * of the sentence before, and a carry that hands it one (carry-subject.ts, carry-context.ts) reads
 * the sentence as said of something it does not name.
 *
 * "It seems to have stalled", "It is expected to reopen in June", "It is likely to slip" are
 * not so: there the subject is raised from the infinitive, and "it" is whatever was named before.
 */
import type { Token } from './tokenize';

/** Verbs that put an empty "it" before a clause: "It seems the …", "It appears that …". */
const SEEMING = new Set('seems seemed appears appeared looks looked emerged emerges'.split(' '));
/** Forms of "be" (and "remain", "become") after an empty "it": "It is …", "It has been …". */
const BEING = new Set('is was be been being remains remained becomes became'.split(' '));
/** Auxiliaries that may stand between "it" and the form of "be": "It will be …", "It has been …". */
const AUXILIARIES = new Set('will would may might could can must should has have had'.split(' '));
/**
 * Predicates an empty "it" takes before the clause it stands for: "It is expected that …", "It
 * is unclear whether …", "It is hard to say …". Before "to", only those that are never raised
 * (EVALUATING): "It is likely to slip" has a real subject.
 */
const EXTRAPOSING = new Set(
  'expected likely unlikely unclear clear known unknown understood believed thought said reported feared hoped agreed possible impossible probable certain uncertain true obvious evident apparent doubtful notable striking important hard difficult easy necessary worth time early'.split(
    ' ',
  ),
);
/** Predicates an empty "it" takes before "to" and a verb: "It is hard to say …". */
const EVALUATING = new Set(
  'hard difficult easy important necessary possible impossible time early worth'.split(' '),
);
/**
 * The weather's verbs, whose "it" stands for nothing ("It rained for a week", "It began raining
 * across the plain a week later"): no event of the sentence before is what began.
 */
const WEATHER = new Set(
  'rain rains rained raining snow snows snowed snowing pour pours poured pouring hail hailed hailing drizzled drizzling'.split(
    ' ',
  ),
);
/** Verbs of a start or an end the weather's verb may follow: "It began raining", "It stopped snowing". */
const PHASE = new Set('began begins start starts started stopped stops kept'.split(' '));
/** Words that open the clause an empty "it" stands for. */
const CLAUSE_OPENERS = new Set('that whether if how when what why who where'.split(' '));
/** Words that may stand between the predicate and its clause: "not yet clear", "too early". */
const DEGREE = new Set('not yet still now also too so very far entirely fully widely'.split(' '));

/**
 * Whether the "it" at `at` stands for nothing: the empty subject of a seeming verb ("It seems",
 * "It appears that"; not "It seems to …") or of a form of "be" with a predicate followed by the
 * clause it stands for ("It is expected that …", "It was not clear whether …", "It remains to be
 * seen …", "It is hard to say …").
 */
export function emptyIt(tokens: readonly Token[], at: number): boolean {
  const it = tokens[at]?.norm;
  if (it !== 'it' && it !== "it's") return false;
  let k = at + 1;
  const word = (i: number) => tokens[i]?.norm ?? '';
  if (it === 'it') {
    if (SEEMING.has(word(k))) return word(k + 1) !== 'to';
    while (AUXILIARIES.has(word(k)) || DEGREE.has(word(k))) k++;
    // "It rained", "It began raining", "It began to rain": the weather's empty subject.
    const verb = PHASE.has(word(k)) ? (word(k + 1) === 'to' ? k + 2 : k + 1) : k;
    if (WEATHER.has(word(verb)) || (verb === k && BEING.has(word(k)) && WEATHER.has(word(k + 1))))
      return true;
    if (!BEING.has(word(k))) return false;
    k++;
  }
  // "It remains to be seen whether …".
  if (word(k) === 'to' && word(k + 1) === 'be' && word(k + 2) === 'seen') return true;
  while (DEGREE.has(word(k))) k++;
  const predicate = word(k);
  if (!EXTRAPOSING.has(predicate)) return false;
  let next = k + 1;
  while (DEGREE.has(word(next))) next++;
  if (CLAUSE_OPENERS.has(word(next))) return true;
  return word(next) === 'to' && EVALUATING.has(predicate);
}

/** The index of the sentence's first "it", when it stands for nothing; else -1. */
export function firstEmptyIt(tokens: readonly Token[]): number {
  const at = tokens.findIndex((t) => t.norm === 'it' || t.norm === "it's");
  return at >= 0 && emptyIt(tokens, at) ? at : -1;
}

/** "see to it": the verb of the fixed phrase. */
const SEEING = new Set('see sees saw seen seeing'.split(' '));
/** Verbs that take an "it" before the clause or adjective it stands for: "make it clear that …". */
const PLACEHOLDER_VERBS = new Set('make makes made making'.split(' '));
/** What follows such an "it": "made it clear", "make it known". */
const PLACEHOLDER_PREDICATES = new Set('clear plain known public obvious'.split(' '));
/** Verbs of "as one official put it": the way a thing was said, not a thing said. */
const PUTTING = new Set('put puts'.split(' '));

/**
 * Whether the "it" at `at` is part of a fixed phrase and stands for nothing told before: "see to
 * it (that) …" (make sure), "made it clear that …" (it stands for the clause to come), "as one
 * official put it" (the way of saying). Such an "it" names no name of the sentence before.
 */
export function idiomIt(tokens: readonly Token[], at: number): boolean {
  if (tokens[at]?.norm !== 'it') return false;
  const word = (i: number) => tokens[i]?.norm ?? '';
  if (word(at - 1) === 'to' && SEEING.has(word(at - 2))) return true;
  if (PLACEHOLDER_VERBS.has(word(at - 1)) && PLACEHOLDER_PREDICATES.has(word(at + 1))) return true;
  if (!PUTTING.has(word(at - 1))) return false;
  // "as one official put it", "as the ministry put it": "as" a few words before the verb.
  for (let k = at - 2; k >= 0 && at - k <= 5; k--) if (word(k) === 'as') return true;
  return false;
}
