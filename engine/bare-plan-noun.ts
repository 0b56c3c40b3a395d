/**
 * "The two sides have settled on a timetable.", "We have a deal on the timeline.": a plan named
 * only by its noun, with nothing after it saying what it is for, is the plan the article is
 * about, as "the deal" is. The same noun with a complement ("a timetable for the rail link",
 * "the schedule of the talks") names what that plan is for, and a participle right after it
 * ("the timetable agreed in 2024 has been outrun") names the plan as a thing settled before, the
 * background of what the sentence tells. The story lists the concepts that name a plan by its
 * noun alone (its `barePlanNouns`); their hits are read only where the noun stands bare.
 */
import { type ConceptHit, hitsWithout } from './find-concepts';
import type { Token } from './tokenize';
import type { ConceptId } from './types';

/** Words opening a complement that says what a plan is for or whose it is. */
const COMPLEMENT = new Set(['for', 'of', 'on', 'to', 'covering', 'about', 'over', 'regarding']);

/** Participles that, right after a plan's noun, tell the plan as settled before the news. */
const SETTLED = new Set([
  'agreed',
  'set',
  'fixed',
  'signed',
  'settled',
  'reached',
  'struck',
  'announced',
  'laid',
  'drawn',
  'approved',
  'adopted',
  'outlined',
  'negotiated',
]);

/** Whether the hit's noun is followed by a complement or a participle of settling. */
function qualified(hit: ConceptHit, tokens: readonly Token[]): boolean {
  const next = tokens[hit.to]?.norm;
  return next !== undefined && (COMPLEMENT.has(next) || SETTLED.has(next));
}

/**
 * The hits without those of a bare-noun concept whose noun is qualified. The list given back
 * unchanged (not copied) when none is.
 */
export function withoutQualifiedPlanNouns(
  hits: ConceptHit[],
  tokens: readonly Token[],
  bare: ReadonlySet<ConceptId>,
): ConceptHit[] {
  return hitsWithout(hits, bare, (h) => qualified(h, tokens));
}

/**
 * Whether a group of the claim is met in the sentence only by a bare plan noun while neither
 * the headline nor any sentence before names the group otherwise: "Riverland and its neighbour
 * agreed a timetable" in an article that never told of the story's plan is some other plan.
 * The sentences before are the first `count` of `before` (all of them by default): the matcher
 * passes the page's list and the sentence's index, not a copy of what precedes it, which it
 * made for every claim it weighed (a page's length of copies per sentence).
 */
export function planNounUntold(
  groups: readonly (readonly ConceptId[])[],
  hits: readonly ConceptHit[],
  before: readonly ({ hits: readonly ConceptHit[] } | undefined)[],
  bare: ReadonlySet<ConceptId>,
  count = before.length,
): boolean {
  if (!hits.some((h) => bare.has(h.concept))) return false;
  for (const group of groups) {
    if (!metOnlyByBare(group, hits, bare)) continue;
    if (!toldBefore(group, before, Math.min(count, before.length), bare)) return true;
  }
  return false;
}

/** Whether hits of the group stand in the sentence and every one is a bare plan noun's. */
function metOnlyByBare(
  group: readonly ConceptId[],
  hits: readonly ConceptHit[],
  bare: ReadonlySet<ConceptId>,
): boolean {
  let met = false;
  for (let k = 0; k < hits.length; k++) {
    const concept = (hits[k] as ConceptHit).concept;
    if (!group.includes(concept)) continue;
    if (!bare.has(concept)) return false;
    met = true;
  }
  return met;
}

/** Whether one of the first `count` sentences names the group by a word other than a bare noun. */
function toldBefore(
  group: readonly ConceptId[],
  before: readonly ({ hits: readonly ConceptHit[] } | undefined)[],
  count: number,
  bare: ReadonlySet<ConceptId>,
): boolean {
  for (let k = 0; k < count; k++)
    if (
      before[k]?.hits.some((h) => !h.inferred && !bare.has(h.concept) && group.includes(h.concept))
    )
      return true;
  return false;
}
