/**
 * Where a move went, not where it started: "The lorries left the old pier at dawn. Some drove
 * north to Ashby, others headed toward the coast road." — Ashby is only the goal of the second
 * sentence's move; the place they left is the pier the sentence before named. A sentence whose
 * every place is such a goal names no place of its own for what it tells, and takes the place
 * the move started from from the sentence before (carry-context.ts).
 */
import type { ConceptHit } from './find-concepts';
import type { Token } from './tokenize';

/** Prepositions of a goal in any use: "toward the border". */
const TOWARD = new Set(['toward', 'towards']);
/** Prepositions of a goal after a word of motion or of direction: "went to", "north into". */
const TO = new Set(['to', 'into', 'for']);
/**
 * Words of direction before a goal: "north to Ashby", "west toward the coast". A hyphenated
 * "north-east" reaches here as its two words (tokenize.ts splits hyphens).
 */
const DIRECTIONS = new Set([
  'north',
  'south',
  'east',
  'west',
  'northward',
  'southward',
  'eastward',
  'westward',
  'northwards',
  'southwards',
  'eastwards',
  'westwards',
  'northeast',
  'northwest',
  'southeast',
  'southwest',
  'back',
  'onward',
  'onwards',
]);
/** Words of motion a goal follows: "bound for Ashby", "went to Ashby", "across the border into". */
const MOTION = new Set([
  'went',
  'gone',
  'headed',
  'heading',
  'bound',
  'driven',
  'drove',
  'flown',
  'flew',
  'shipped',
  'sent',
  'rolled',
  'moved',
  'moving',
  'relocated',
  'redeployed',
  'transferred',
  'border',
  'frontier',
]);
/** Words joining a second goal to a first: "for Ashby and for Portsea", "to Ashby or Portsea". */
const JOINS = new Set(['and', 'or', 'while', 'others', 'rest']);

/**
 * Whether the sentence names places, each of them the goal of a move (or a place set beside a
 * goal: "to Ashby, in the north", "for Ashby, north of Portsea"). `own` are the hits of places
 * the sentence names itself, in order.
 */
export function onlyGoals(tokens: readonly Token[], own: readonly ConceptHit[]): boolean {
  if (own.length === 0) return false;
  let lastGoalEnd = -1;
  for (const h of own) {
    if (!isGoal(tokens, h.from, lastGoalEnd)) return false;
    lastGoalEnd = h.to;
  }
  return true;
}

function isGoal(tokens: readonly Token[], from: number, lastGoalEnd: number): boolean {
  let k = from - 1;
  if (tokens[k]?.norm === 'the') k--;
  const prep = tokens[k]?.norm ?? '';
  const before = tokens[k - 1]?.norm ?? '';
  if (TOWARD.has(prep)) return true;
  if (TO.has(prep)) return DIRECTIONS.has(before) || MOTION.has(before) || joined(before);
  // "toward Ashby and Portsea": a place joined to a goal just before it.
  if (lastGoalEnd >= 0 && (prep === 'and' || prep === 'or') && k === lastGoalEnd) return true;
  if (lastGoalEnd < 0) return false;
  // "to Ashby, in the north", "for Ashby, north of Portsea": a place set beside the goal.
  if (prep === 'in' && k === lastGoalEnd) return true;
  if (prep === 'of' && DIRECTIONS.has(before) && k - 1 === lastGoalEnd) return true;
  return false;

  function joined(word: string): boolean {
    return lastGoalEnd >= 0 && JOINS.has(word);
  }
}
