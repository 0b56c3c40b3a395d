/**
 * "The region remains exposed", "the second stage remained on schedule", "how fragile the truce
 * remains", "the new quay remained a priority", "the town will remain a friend to the island":
 * "remain" as a linking verb, joining its subject to a state or to a standing, tells that the
 * subject is still so, not that anyone stayed somewhere. A phrase read from that one word is not
 * there. "The crews remain at the pier", "remained deployed", "remain a few more weeks", "the
 * remaining boats" still read as staying.
 */
import type { Token } from './tokenize';

/** The forms of the verb read as staying; "remaining" is most often "the remaining crews". */
const REMAIN = new Set(['remain', 'remains', 'remained']);

/**
 * States a subject is said to remain in that are not a place or a posting: the region's
 * exposure, a plan's progress, a mood or a view. Not "deployed", "stationed", "present",
 * "active": those are a force staying; not "dangerous", "high", "potent": a threat lasting is
 * still told by "remains"; not "unclear", "uncertain": a doubt is read as a question
 * (asked-subject.ts).
 */
const STATES = new Set(
  'exposed vulnerable fragile tense calm stable unchanged intact committed cautious wary concerned sceptical skeptical confident hopeful unresolved unsettled divided contested disputed'.split(
    ' ',
  ),
);

/** Two-word states: "on schedule", "in doubt". */
const PHRASES = new Map<string, Set<string>>([
  ['on', new Set(['schedule', 'track', 'course', 'target'])],
  ['in', new Set(['doubt', 'question', 'effect', 'flux'])],
]);

/**
 * Nouns of a standing a subject may remain ("a priority", "a close friend", "the cornerstone"):
 * what it is to someone, not where it is. Not "threat", "danger", "concern", "problem",
 * "challenge": a threat lasting is still told by "remains" ("the gang remains a threat"); not
 * "presence", "force", "base": those are a force staying.
 */
const STANDINGS = new Set(
  'priority priorities friend friends partner partners ally allies goal goals aim aims focus pillar pillars cornerstone commitment objective objectives subject topic model member members supporter supporters champion'.split(
    ' ',
  ),
);

/** Words opening the noun phrase of a standing: "a priority", "the cornerstone", "our friend". */
const DETERMINERS = new Set(['a', 'an', 'the', 'our', 'their', 'its', 'his', 'her', 'your', 'my']);

/** How many words may stand between the determiner and the noun ("a top national priority"). */
const STANDING_REACH = 2;

/** Whether a standing's noun phrase starts at `k`: a determiner, then its noun within reach. */
function standingAt(tokens: readonly Token[], k: number): boolean {
  if (!DETERMINERS.has(tokens[k]?.norm ?? '')) return false;
  for (let i = k + 1; i < tokens.length && i <= k + 1 + STANDING_REACH; i++)
    if (STANDINGS.has((tokens[i] as Token).norm)) return true;
  return false;
}

/** Degree words that may stand before the state: "remains highly exposed", "remained very tense". */
const DEGREE = new Set([
  'very',
  'highly',
  'deeply',
  'largely',
  'still',
  'fully',
  'firmly',
  'so',
  'too',
  'far',
  'dangerously',
  'broadly',
]);

/** How far before the verb "how" and its state may stand ("how exposed the northern region remains"). */
const HOW_REACH = 7;

/** Whether the state words start at `k`. */
function stateAt(tokens: readonly Token[], k: number): boolean {
  let i = k;
  if (DEGREE.has(tokens[i]?.norm ?? '')) i++;
  const word = tokens[i]?.norm ?? '';
  if (STATES.has(word)) return true;
  return PHRASES.get(word)?.has(tokens[i + 1]?.norm ?? '') ?? false;
}

/** Whether the token at `at` is "remain" linking its subject to a state, before or after it. */
export function remainLinks(tokens: readonly Token[], at: number): boolean {
  if (!REMAIN.has(tokens[at]?.norm ?? '')) return false;
  if (stateAt(tokens, at + 1) || standingAt(tokens, at + 1)) return true;
  // "how exposed the region remains": the state fronted by "how", the verb closing its clause.
  for (let j = Math.max(0, at - HOW_REACH); j < at - 1; j++)
    if (tokens[j]?.norm === 'how' && stateAt(tokens, j + 1)) return true;
  return false;
}
