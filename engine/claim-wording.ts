/**
 * A claim one group short, read by its wording (issue 16: learn each claim's wording from
 * examples). A sentence that names a claim's key group and every other required group but one
 * may say the missing one in words the vocabulary lacks. The story may ship, per claim, a word
 * profile derived at build time from the claim's own examples (scripts/claim-wording.ts), and a
 * profile of the near misses written beside them. A sentence so short is lent the missing group
 * and read again; the reading is kept only when the sentence's words are close to the claim's
 * examples and clearly closer to them than to the near misses.
 *
 * Pure data reading: the profiles are words and concept ids; nothing here knows a story.
 */

import type { ConceptHit } from './find-concepts';
import type { SentenceFacts, SentenceWords } from './sentence-facts';
import type { Claim, ConceptId } from './types';

/** Term → weight, the weights of one profile (its vector has length 1). */
export type WordProfile = Record<string, number>;

export type ClaimWording = {
  /** Per claim id: its examples' profile, and the name of its near misses' profile. */
  claims: Record<string, { words: WordProfile; near: string[] }>;
  /** Near misses' profiles, by name. */
  near: Record<string, WordProfile>;
  /** Least closeness to the claim's examples (cosine, 0–1). */
  threshold: number;
  /** How much closer to the examples than to the near misses the sentence must be. */
  margin: number;
  /** Which words of the sentence are weighed: all its content words, or those no concept took. */
  words: 'all' | 'uncovered';
  /** Whether the concepts found count as terms too ("c:" + id). */
  concepts: boolean;
  /**
   * How closeness is read: to the examples' profile (centroid), or to the nearest single
   * example (nearest: `examples` and `nearExamples` hold each example's terms, `rarity` their weights).
   */
  mode?: 'centroid' | 'nearest';
  examples?: Record<string, string[][]>;
  nearExamples?: Record<string, string[][]>;
  rarity?: Record<string, number>;
  /** Only in an article that has already carded a claim before the sentence. */
  afterCard?: boolean;
  /** Which group may be lent: any; only one naming no actor and no place (the claim's event); none naming a place. */
  lend?: 'any' | 'event' | 'no-place';
};

/**
 * General English words that say nothing of what a sentence is about. Their absence from a
 * profile keeps it to the words that tell one claim from another.
 */
const FUNCTION_WORDS = new Set(
  (
    'a an the and or but nor so yet for of in on at to from by with without within into onto ' +
    'over under about above below after before since until during through across along among ' +
    'around as than then that this these those there here it its they them their he him his ' +
    'she her we us our you your i me my who whom whose which what when where why how all any ' +
    'some each every both either neither no not only also just even still already more most ' +
    'less least very much many few several other another such same own is are was were be been ' +
    'being am has have had having do does did doing will would shall should can could may might ' +
    'must said says say told according if whether while because although though however ' +
    'mr ms mrs'
  ).split(/\s+/),
);

/** Endings taken off a word to make its stem ("handing" → "hand"), longest first. */
const ENDINGS = ['ing', 'ed', 'es', 's'];
/** Shortest stem an ending is taken off to leave. */
const MIN_STEM = 4;

/** A word's stem: no possessive, no common ending ("handed" → "hand", "bases" → "bas"). */
export function stemOf(norm: string): string {
  let word = norm.endsWith("'s") ? norm.slice(0, -2) : norm;
  if (word.endsWith("'")) word = word.slice(0, -1);
  for (const ending of ENDINGS)
    if (word.endsWith(ending) && word.length - ending.length >= MIN_STEM)
      return word.slice(0, -ending.length);
  return word;
}

/** Whether a folded word is a content word worth weighing: letters, three or more, not a function word. */
function contentWord(norm: string): boolean {
  if (norm.length < 3 || FUNCTION_WORDS.has(norm)) return false;
  const first = norm.charCodeAt(0);
  return first >= 97 && first <= 122;
}

/**
 * The terms of a sentence: the stems of its content words (all of them, or only those no
 * concept hit covers) and, when asked, the concepts found ("c:" + id). Each term once.
 */
export function termsOf(
  words: Pick<SentenceWords, 'tokens' | 'hits'>,
  which: 'all' | 'uncovered',
  concepts: boolean,
): string[] {
  const terms = new Set<string>();
  let covered: Uint8Array | undefined;
  if (which === 'uncovered') {
    covered = new Uint8Array(words.tokens.length);
    for (const h of words.hits)
      if (!h.inferred) for (let k = h.from; k <= h.to && k < covered.length; k++) covered[k] = 1;
  }
  for (let k = 0; k < words.tokens.length; k++) {
    if (covered?.[k]) continue;
    const norm = words.tokens[k]?.norm ?? '';
    if (contentWord(norm)) terms.add(stemOf(norm));
  }
  if (concepts) for (const h of words.hits) if (!h.inferred) terms.add(`c:${h.concept}`);
  return [...terms];
}

/** Cosine of a set of terms (each of weight 1) with a profile of length 1. */
export function closeness(terms: readonly string[], profile: WordProfile | undefined): number {
  if (!profile || terms.length === 0) return 0;
  let sum = 0;
  for (const t of terms) if (Object.hasOwn(profile, t)) sum += profile[t] as number;
  return sum / Math.sqrt(terms.length);
}

/**
 * The one required group (never the key, the first) the sentence names none of, when every
 * other group is named; else undefined.
 */
export function oneGroupShort(claim: Claim, f: SentenceFacts): readonly ConceptId[] | undefined {
  const require = claim.recognize.require;
  let missing: readonly ConceptId[] | undefined;
  for (let g = 0; g < require.length; g++) {
    const group = require[g] as readonly ConceptId[];
    let named = false;
    for (let c = 0; c < group.length && !named; c++)
      if (f.hitsOf(group[c] as ConceptId).length > 0) named = true;
    if (named) continue;
    if (g === 0 || missing) return undefined;
    missing = group;
  }
  return missing;
}

/**
 * The sentence's facts with the missing group lent: one of its concepts, taken as said where
 * the key is said (inferred, so no negation of the sentence's own words reaches it).
 */
export function withGroupLent(
  claim: Claim,
  f: SentenceFacts,
  group: readonly ConceptId[],
): SentenceFacts | undefined {
  const key = claim.recognize.require[0] ?? [];
  let at: ConceptHit | undefined;
  for (const c of key) {
    const of = f.hitsOf(c);
    const h = of.length > 0 ? f.hits[of[0] as number] : undefined;
    if (h && (!at || h.from < at.from)) at = h;
  }
  const concept = group[0];
  if (!at || concept === undefined) return undefined;
  const lent: ConceptHit = { concept, from: at.from, to: at.to, text: at.text, inferred: true };
  const hits = [...f.hits, lent];
  const place = [f.hits.length];
  return {
    ...f,
    hits,
    hitsOf: (c: ConceptId) => (c === concept ? place : f.hitsOf(c)),
  };
}

/**
 * How close the sentence's wording is to the claim's examples, and to its near misses; and
 * whether that clears the profile's threshold and margin.
 */
export function wordingScore(
  wording: ClaimWording,
  claimId: string,
  words: Pick<SentenceWords, 'tokens' | 'hits'>,
): { close: number; near: number; ok: boolean } | undefined {
  const profile = wording.claims[claimId];
  if (!profile) return undefined;
  const terms = termsOf(words, wording.words, wording.concepts);
  if (wording.mode === 'nearest') {
    const rarity = wording.rarity ?? {};
    const close = nearest(terms, wording.examples?.[claimId], rarity);
    let near = 0;
    for (const name of profile.near)
      near = Math.max(near, nearest(terms, wording.nearExamples?.[name], rarity));
    return { close, near, ok: close >= wording.threshold && close - near >= wording.margin };
  }
  const close = closeness(terms, profile.words);
  let near = 0;
  for (const name of profile.near) near = Math.max(near, closeness(terms, wording.near[name]));
  return { close, near, ok: close >= wording.threshold && close - near >= wording.margin };
}

/** Cosine, each term weighted by its rarity, of the terms with the closest of the examples. */
export function nearest(
  terms: readonly string[],
  examples: readonly (readonly string[])[] | undefined,
  rarity: Readonly<Record<string, number>>,
): number {
  if (!examples || terms.length === 0) return 0;
  const weight = (t: string) => (Object.hasOwn(rarity, t) ? (rarity[t] as number) : 0);
  const own = new Map<string, number>();
  let ownLength = 0;
  for (const t of terms) {
    const w = weight(t);
    own.set(t, w);
    ownLength += w * w;
  }
  if (ownLength === 0) return 0;
  let best = 0;
  for (const example of examples) {
    let dot = 0;
    let length = 0;
    for (const t of example) {
      const w = weight(t);
      length += w * w;
      const o = own.get(t);
      if (o !== undefined) dot += o * w;
    }
    if (length > 0) best = Math.max(best, dot / Math.sqrt(ownLength * length));
  }
  return best;
}
