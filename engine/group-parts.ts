/**
 * "A few dozen engineers stay at the pier, the rest move to the island": a sentence that names
 * two groups of one actor tells something different of each. The second part opens on the
 * story's words for the other group (`groupSubjects`: "the rest", "the remainder", "the bulk
 * of", "others", "those in") after a comma or a semicolon, or after "while", "whereas", "but"
 * or "yet" ("… stay while the rest go"; "and" only after a comma, else it joins two nouns).
 * What a claim says (its verb, its place, its purpose) is read within one part: a reading
 * that takes the stay from one part and the island from the other joins words told of two
 * groups. Who they are may be named in a part before: a group of the claim's that holds an
 * actor ("the crews", "the operator") names whom "the rest" are the rest of.
 * Not a part of its own:
 * - a group with no verb of its own ("fewer than 2,000 stay, most of them on the island";
 *   "some went east, others north to the island"; "some heading east"): the verb before is
 *   said of it too;
 * - a relative clause on the subject ("those at the pier, who run the ferries, stay"): it does
 *   not open on another group.
 */
import type { ConceptHit } from './find-concepts';
import type { Token } from './tokenize';
import type { ConceptId } from './types';
import { gapHas } from './word-gaps';

/** The story's words for another group of an actor, and its actors (sentence-facts.ts). */
export type GroupReading = {
  /** The story's `groupSubjects`, each split into its words ("the rest" → ["the", "rest"]). */
  subjects: readonly (readonly string[])[];
  /** Concepts naming who acts: a group of a claim holding one counts in any part. */
  actors: ReadonlySet<ConceptId>;
};

/** Words that set a clause against the one before without a comma: "… stay while the rest go". */
const CONTRASTS = new Set(['while', 'whereas', 'but', 'yet']);
/** Words after "of" that close the group's name: "most of them", "the bulk of those". */
const PRONOUNS = new Set(['them', 'those', 'these', 'us', 'it']);
/** Words after "of" that open a noun: "the bulk of the force", "some of their trucks". */
const DETERMINERS = new Set(['the', 'its', 'their', 'our', 'his', 'her', 'this', 'that']);
/**
 * Words that, right after the group's name, tell it has no verb of its own: "others to the
 * island", "most of them in the port", "others north", "some still there".
 */
const NO_VERB = new Set(
  'in at on to into up down from toward towards near by across over under back still there north south east west northward southward eastward westward north-east north-west south-east south-west northeast northwest southeast southwest'.split(
    ' ',
  ),
);

/** What groupParts reads of a sentence. */
type PartsOf = { text: string; tokens: readonly Token[] };

/**
 * Parts read before, by the story's words and the sentence's tokens (which its readings with
 * what it carries share): recognize() asks once per claim it reads. With the story's words, the
 * first word of each: a group's words start only at one of these, and the others are passed
 * over at one look-up rather than tried against every group's words (most words of a sentence
 * open none).
 */
const known = new WeakMap<
  GroupReading,
  { firsts: ReadonlySet<string>; byTokens: WeakMap<readonly Token[], number[] | null> }
>();

/**
 * Where each part of the sentence starts, and its end ([0, …, tokens.length]); null when no
 * other group opens a part of its own.
 */
export function groupParts(facts: PartsOf, groups: GroupReading): number[] | null {
  const { tokens, text } = facts;
  let read = known.get(groups);
  if (!read) {
    read = { firsts: new Set(groups.subjects.map((s) => s[0] ?? '')), byTokens: new WeakMap() };
    known.set(groups, read);
  }
  const { firsts, byTokens } = read;
  const cached = byTokens.get(tokens);
  if (cached !== undefined) return cached;
  let bounds: number[] | null = null;
  for (let k = 1; k < tokens.length; k++) {
    if (!firsts.has((tokens[k] as Token).norm)) continue;
    const end = subjectEnd(tokens, k, groups.subjects);
    if (end < 0) continue;
    const at = partOpening(tokens, text, k);
    if (at <= 0 || !ownVerb(tokens, end) || frontedBefore(tokens, text, at, bounds)) continue;
    bounds ??= [0];
    if (!bounds.includes(at)) bounds.push(at);
  }
  if (bounds) {
    bounds.sort((a, b) => a - b);
    bounds.push(tokens.length);
  }
  byTokens.set(tokens, bounds);
  return bounds;
}

/** The token after one of the group's words starting at `at`, or -1 when none starts there. */
function subjectEnd(
  tokens: readonly Token[],
  at: number,
  subjects: readonly (readonly string[])[],
): number {
  for (let s = 0; s < subjects.length; s++) {
    const words = subjects[s] as readonly string[];
    let w = 0;
    while (w < words.length && tokens[at + w]?.norm === words[w]) w++;
    if (w === words.length) return at + w;
  }
  return -1;
}

/**
 * The token that opens a part at a group's words at `at` ("while" in "… while the rest go",
 * the words themselves after a comma), or -1 when they open none.
 */
function partOpening(tokens: readonly Token[], text: string, at: number): number {
  const before = (tokens[at - 1] as Token).norm;
  if (CONTRASTS.has(before)) return at - 1 > 0 ? at - 1 : -1;
  if (before === 'and') return at - 1 > 0 && gapHas(tokens, text, at - 1, ',;') ? at - 1 : -1;
  return gapHas(tokens, text, at, ',;') ? at : -1;
}

/**
 * Words that open a phrase or a clause fronted before the subject: "In the port, some crews
 * stay", "Having moved to the island, the bulk of the crews …", "When the pier closed, …".
 */
const FRONTING = new Set(
  'in at on from by under after before since during with for across to within among around near inside outside beyond throughout along when once as although though if because unless until'.split(
    ' ',
  ),
);

/**
 * Whether what stands before a part opened after a comma at `at` is only a phrase fronted
 * before the sentence's subject ("In the port, some crews stay"): no part of its own.
 */
function frontedBefore(
  tokens: readonly Token[],
  text: string,
  at: number,
  bounds: readonly number[] | null,
): boolean {
  const first = tokens[0]?.norm ?? '';
  if (bounds !== null || !(FRONTING.has(first) || first.endsWith('ing'))) return false;
  for (let k = 1; k < at; k++) if (gapHas(tokens, text, k, ',;')) return false;
  return true;
}

/**
 * Whether the group whose words end before `end` goes on to a verb of its own: not a place or
 * a direction ("others north to the island"), nor a participle ("some heading east", "most of
 * the crews heading east"). After "of" the noun it names is passed over ("the bulk of the force
 * leaves").
 */
function ownVerb(tokens: readonly Token[], end: number): boolean {
  let k = end;
  if (tokens[k - 1]?.norm === 'of') {
    if (PRONOUNS.has(tokens[k]?.norm ?? '')) k++;
    else if (DETERMINERS.has(tokens[k]?.norm ?? '')) k += 2;
  }
  const next = tokens[k];
  if (!next) return false;
  if (NO_VERB.has(next.norm) || next.norm.endsWith('ing')) return false;
  // "most of the remaining crews heading east": a noun, then a participle.
  return !(tokens[k + 1]?.norm.endsWith('ing') ?? false);
}

/**
 * Whether one part between `bounds` holds every group of the claim: a hit inside it or carried
 * from the sentence before; for a group holding an actor (who they are), a hit in a part before
 * it too. Not one in a later part: "…, while some trucks went to the island" names no one the
 * part before tells of.
 */
export function onePartHolds(
  groups: readonly (readonly string[])[],
  hits: readonly ConceptHit[],
  hitsOf: (concept: ConceptId) => readonly number[],
  bounds: readonly number[],
  actors: ReadonlySet<ConceptId>,
): boolean {
  for (let p = 0; p + 1 < bounds.length; p++) {
    const from = bounds[p] as number;
    const to = bounds[p + 1] as number;
    const holds = groups.every((group) => {
      // Who they are may be named in a part before: "the rest" are the rest of them.
      const lo = group.some((concept) => actors.has(concept)) ? 0 : from;
      return group.some((concept) =>
        hitsOf(concept).some((k) => {
          const h = hits[k] as ConceptHit;
          return h.inferred || (h.from >= lo && h.from < to);
        }),
      );
    });
    if (holds) return true;
  }
  return false;
}
