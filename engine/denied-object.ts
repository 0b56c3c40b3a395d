/**
 * "The council will not discuss its budget while the ferry still sails": a denied verb whose
 * object is a noun phrase of its own denies the verb of that object only. When the claim's own
 * thing is named only later, in another clause, a denial claim keyed on the verb ("the closure
 * was never discussed") is not what the sentence denies; "did not discuss the closure" and
 * "can no longer threaten the town" (its subject before the verb) still are.
 */
import type { ConceptHit } from './find-concepts';
import type { SentenceFacts } from './sentence-facts';
import type { Token } from './tokenize';
import { gapBefore } from './word-gaps';

/** Words that open a noun phrase as the verb's object ("its budget", "the fares", "any plan"). */
const DETERMINERS = new Set('the a an any its their his her our your this these those'.split(' '));

/** Words that end the object and open another clause ("… its budget while the ferry sails"). */
const CLAUSE_WORDS = new Set(
  'while because as until unless which that and or but if when before after since so'.split(' '),
);

/** Longest object read, in words ("the new timing of the closure"). */
const OBJECT_WORDS = 6;

/**
 * The object's first word when the denied verb `denied` takes a noun phrase naming none of the
 * claim's concepts (`required`) and one of them is named after it, or undefined.
 */
export function otherObject(
  denied: ConceptHit,
  facts: SentenceFacts,
  required: readonly (readonly string[])[],
): Token | undefined {
  const { tokens, text } = facts;
  const det = tokens[denied.to];
  if (!det || !DETERMINERS.has(det.norm)) return undefined;
  // Only the word right after the verb: "discuss, in the end, the fares" is read as it stands.
  if (text.slice((tokens[denied.to - 1] as Token).end, det.start).trim() !== '') return undefined;
  let end = denied.to + 1;
  while (
    end < tokens.length &&
    end - denied.to < OBJECT_WORDS &&
    !CLAUSE_WORDS.has((tokens[end] as Token).norm) &&
    gapBefore(tokens, text, end).trim() === ''
  )
    end++;
  const claims = (h: ConceptHit) =>
    h !== denied && !h.inferred && required.some((group) => group.includes(h.concept));
  let later = false;
  for (const h of facts.hits) {
    if (!claims(h)) continue;
    if (h.from >= denied.to && h.from < end) return undefined;
    if (h.from >= end) later = true;
  }
  return later ? tokens[denied.to + 1] : undefined;
}
