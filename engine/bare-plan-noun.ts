/**
 * "The two sides have settled on a timetable.", "We have a deal on the timeline.": a plan named
 * only by its noun, with nothing after it saying what it is for, is the plan the article is
 * about, as "the deal" is. The same noun with a complement ("a timetable for the rail link",
 * "the schedule of the talks") names what that plan is for, and a participle right after it
 * ("the timetable agreed in 2024 has been outrun") names the plan as a thing settled before, the
 * background of what the sentence tells. The story lists the concepts that name a plan by its
 * noun alone (its `barePlanNouns`); their hits are read only where the noun stands bare.
 */
import type { ConceptHit } from './find-concepts';
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
  if (bare.size === 0) return hits;
  for (let k = 0; k < hits.length; k++) {
    const h = hits[k] as ConceptHit;
    if (bare.has(h.concept) && qualified(h, tokens))
      return hits.filter((g) => !(bare.has(g.concept) && qualified(g, tokens)));
  }
  return hits;
}

/**
 * Whether a group of the claim is met in the sentence only by a bare plan noun while neither
 * the headline nor any sentence before names the group otherwise: "Riverland and its neighbour
 * agreed a timetable" in an article that never told of the story's plan is some other plan.
 * The sentences before are the first `count` of `before` (all of them by default). The matcher
 * passes the page's sentences, the sentence's index, and `firstTold` (firstToldAt() of the page,
 * made when first asked): a look-up for each concept instead of a scan of every sentence before,
 * which it made for every claim weighed (quadratic in the page's length).
 */
export function planNounUntold(
  groups: readonly (readonly ConceptId[])[],
  hits: readonly ConceptHit[],
  before: readonly ({ hits: readonly ConceptHit[] } | undefined)[],
  bare: ReadonlySet<ConceptId>,
  count = before.length,
  firstTold?: () => ReadonlyMap<ConceptId, number>,
): boolean {
  if (bare.size === 0) return false;
  const upTo = Math.min(count, before.length);
  let told: ReadonlyMap<ConceptId, number> | undefined;
  for (const group of groups) {
    const met = hits.filter((h) => group.includes(h.concept));
    if (met.length === 0 || met.some((h) => !bare.has(h.concept))) continue;
    told ??= firstTold ? firstTold() : firstToldAt(before, bare);
    const at = told;
    if (!group.some((c) => (at.get(c) ?? upTo) < upTo)) return true;
  }
  return false;
}

/**
 * For each concept, the first of the sentences that names it by a word of its own (not carried,
 * not a bare plan noun): a sentence before the one at i told it when its index is below i.
 */
export function firstToldAt(
  sentences: readonly ({ hits: readonly ConceptHit[] } | undefined)[],
  bare: ReadonlySet<ConceptId>,
): Map<ConceptId, number> {
  const first = new Map<ConceptId, number>();
  for (let k = 0; k < sentences.length; k++) {
    const hits = sentences[k]?.hits ?? [];
    for (let j = 0; j < hits.length; j++) {
      const h = hits[j] as ConceptHit;
      if (!h.inferred && !bare.has(h.concept) && !first.has(h.concept)) first.set(h.concept, k);
    }
  }
  return first;
}
