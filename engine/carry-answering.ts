/**
 * "Convoys left the depot for Ashby. It came weeks ahead of the May deadline.": a line whose
 * subject is "it"/"this"/"that" and whose verb tells that an event took place ("came", "arrived",
 * "happened", "began") leans wholly on the statement the sentence just before told: read with
 * that sentence's concepts at the pronoun (carry-context.ts `withEventTold`), it may state a claim
 * other than that sentence's card, when its own words add what the card's words lack (here, that
 * it came early). The caller (index.ts) asks this only of a card in the sentence right before,
 * within the paragraph, and only when the sentence has no card of its own.
 */

import type { ConceptHit } from './find-concepts';
import type { Token } from './tokenize';
import type { ConceptId } from './types';

/** Words that may stand between the pronoun and its verb ("It also came", "That had finally begun"). */
const BETWEEN = new Set(
  'has had have was were is also finally eventually then only actually indeed now already'.split(
    ' ',
  ),
);

/** Verbs that tell an event took place, said of a pronoun standing for it. */
const HAPPENED = new Set([
  'came',
  'comes',
  'arrived',
  'arrives',
  'happened',
  'happens',
  'occurred',
  'began',
  'begun',
  'begins',
  'started',
  'starts',
  'ended',
  'ends',
  'finished',
  'proved',
]);

/** What "came" is said with when it judges the event rather than telling it: "came at a cost". */
const JUDGING = new Set(['under', 'as', 'amid', 'despite']);

/**
 * Whether the word at `at` (the pronoun opening the sentence) is followed by a verb telling the
 * event took place: "It came weeks early", "It took place in May", "It went ahead in June". Not
 * "It came as the talks resumed" (timed by another event) nor "It came under fire" (judged).
 */
export function toldTakingPlace(tokens: readonly Token[], at: number): boolean {
  let k = at + 1;
  while (k < tokens.length && BETWEEN.has((tokens[k] as Token).norm)) k++;
  const verb = tokens[k]?.norm ?? '';
  const next = tokens[k + 1]?.norm ?? '';
  if (verb === 'took' || verb === 'takes') return next === 'place';
  if (verb === 'went' || verb === 'goes') return next === 'ahead';
  if (!HAPPENED.has(verb)) return false;
  if (JUDGING.has(next)) return false;
  return !(next === 'at' && ['a', 'great', 'high'].includes(tokens[k + 2]?.norm ?? ''));
}

/**
 * Whether the line adds part of `groups` (a claim's required groups) in words of its own: a group met by
 * one of its own concepts, no actor and not at the pronoun, that nothing the sentence before told
 * meets. A claim whose every group the card before already met tells nothing new.
 */
export function addsToTold(
  groups: readonly (readonly ConceptId[])[],
  own: readonly ConceptHit[],
  told: readonly ConceptHit[],
  at: number,
  actors: ReadonlySet<ConceptId>,
): boolean {
  return groups.some(
    (group) =>
      own.some(
        (h) => !h.inferred && h.from !== at && !actors.has(h.concept) && group.includes(h.concept),
      ) && !told.some((h) => group.includes(h.concept)),
  );
}
