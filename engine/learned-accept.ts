/**
 * A learned second look at a sentence that got no card: for each candidate claim the rules turned
 * down, the engine's own partial evidence (which of the claim's required groups the sentence
 * names, why the reading stopped, the claim's kind, the sentence's dates, figures, negations and
 * tense, the card of the sentence before) becomes a sparse feature vector, and a logistic model
 * trained on our labelled sentences (scripts/learn-accept.ts, weights in data/) says whether the
 * candidate is stated after all. Pure: the model is data, the features are generic names.
 */
import type { ConceptHit } from './find-concepts';
import type { Recognition } from './recognize';
import type { SentenceFacts } from './sentence-facts';
import type { Claim } from './types';

/** A logistic model over named features (absent features weigh 0). */
export type LearnedModel = {
  /** Hash of the training data and features, so a stale model is caught by a test. */
  trainedOn: string;
  bias: number;
  weights: Record<string, number>;
  /** Accept a candidate whose probability is at least this. */
  threshold: number;
};

/** Sparse features: name → value (1 for a flag). */
export type Features = Map<string, number>;

/** What the sentences around tell the model. */
export type LearnedContext = {
  /** The sentence is the page's first (the headline). */
  headline: boolean;
  /** The card of the sentence just before, if any. */
  previousCard?: Claim;
  /** The sentence took a subject from the sentence before ("They …"). */
  carriedSubject: boolean;
  /** Whether the sentence just before names a concept of the group. */
  namedBefore: (group: readonly string[]) => boolean;
  /** Whether one of the three sentences before names a concept of the group. */
  namedNear: (group: readonly string[]) => boolean;
  /** What a concept is to the story: one of its actors, one of its places, or neither. */
  role: (concept: string) => 'actor' | 'place' | 'other';
  /** What the topic gate and the story's lists tell of the article and the sentence, as flags. */
  flags: readonly string[];
};

/** Whether the sentence names a concept of `group` (in its own words or carried). */
function names(facts: SentenceFacts, group: readonly string[]): ConceptHit | undefined {
  for (const concept of group) {
    const at = facts.hitsOf(concept)[0];
    if (at !== undefined) return facts.hits[at];
  }
  return undefined;
}

/**
 * The one required group of `claim` the sentence does not name, or -1 when it names all or
 * misses more than one. A claim of one group has none to miss.
 */
export function onlyMissingGroup(claim: Claim, facts: SentenceFacts): number {
  const groups = claim.recognize.require;
  if (groups.length < 2) return -1;
  let missing = -1;
  for (let g = 0; g < groups.length; g++)
    if (!names(facts, groups[g] as string[])) {
      if (missing >= 0) return -1;
      missing = g;
    }
  return missing;
}

/** The claim read without its group `g`: what the sentence would state if it named that group. */
export function withoutGroup(claim: Claim, g: number): Claim {
  const require = claim.recognize.require.filter((_, k) => k !== g);
  return { ...claim, recognize: { ...claim.recognize, require } };
}

/**
 * The features of a candidate that the claim's rules accept save for one group `g` the sentence
 * does not name (`relaxed`: the reading without that group).
 */
export function candidateFeatures(
  claim: Claim,
  g: number,
  relaxed: Extract<Recognition, { ok: true }>,
  facts: SentenceFacts,
  context: LearnedContext,
): Features {
  const f: Features = new Map();
  const rule = claim.recognize;
  const groups = rule.require;
  const slot = g === 0 ? 'key' : g === groups.length - 1 ? 'last' : 'mid';
  const missing = groups[g] as string[];
  f.set(`missing:${slot}`, 1);
  f.set(`groups:${Math.min(groups.length, 5)}`, 1);
  f.set(`missing:${slot}|groups:${Math.min(groups.length, 5)}`, 1);
  for (const concept of missing) f.set(`missing-concept:${concept}`, 1);
  f.set(`claim:${claim.id}`, 1);
  f.set(`claim:${claim.id}|missing:${slot}`, 1);
  f.set(`kind:${claim.kind ?? 'none'}`, 1);
  if (rule.date) f.set(rule.dateRequired ? 'rule:date-required' : 'rule:date', 1);
  if (rule.numbers) f.set('rule:numbers', 1);
  if (rule.polarity === 'negate') f.set('rule:negate', 1);
  if (relaxed.date) f.set('read:date', 1);
  if (relaxed.valued > 0) f.set('read:valued', 1);
  if (relaxed.tense) f.set('read:tense-fits', 1);
  if (relaxed.presupposed) f.set('read:presupposed', 1);
  if (relaxed.split) f.set('read:split', 1);
  for (let k = 0; k < groups.length; k++) {
    if (k === g) continue;
    const hit = names(facts, groups[k] as string[]);
    if (hit?.inferred) f.set('read:inferred-group', 1);
  }
  if (facts.dates.length > 0) f.set('sentence:dated', 1);
  if (facts.numbers.length > 0) f.set('sentence:figure', 1);
  if (facts.negations.length > 0) f.set('sentence:negation', 1);
  if (facts.future) f.set('sentence:future', 1);
  if (facts.frames.length > 0) f.set('sentence:frame', 1);
  if (facts.text.includes('?')) f.set('sentence:question', 1);
  if (facts.text.includes('"') || facts.text.includes('\u201c')) f.set('sentence:quote', 1);
  if (context.headline) f.set('sentence:headline', 1);
  if (context.carriedSubject) f.set('sentence:carried-subject', 1);
  if (context.namedBefore(missing)) f.set('before:names-missing', 1);
  else if (context.namedNear(missing)) f.set('near:names-missing', 1);
  const roles = new Set(missing.map(context.role));
  for (const role of roles) {
    f.set(`missing-role:${role}`, 1);
    if (context.namedNear(missing)) f.set(`missing-role:${role}|named-near`, 1);
  }
  for (const flag of context.flags) f.set(flag, 1);
  let story = 0;
  for (const h of facts.hits) if (!h.inferred) story++;
  f.set(`hits:${Math.min(story, 6)}`, 1);
  const tokens = facts.tokens.length;
  f.set(`length:${tokens < 8 ? 'short' : tokens < 25 ? 'mid' : 'long'}`, 1);
  const before = context.previousCard;
  if (before) {
    f.set('before:card', 1);
    if (before.id === claim.id) f.set('before:same-claim', 1);
    else if (before.position && before.position.question === claim.position?.question)
      f.set('before:same-question', 1);
  }
  const seen = new Set<string>();
  for (const h of facts.hits)
    if (!h.inferred && !seen.has(h.concept)) {
      seen.add(h.concept);
      f.set(`concept:${h.concept}`, 1);
    }
  return f;
}

/** The model's probability that the candidate is stated. */
export function learnedProbability(model: LearnedModel, features: Features): number {
  let z = model.bias;
  for (const [name, value] of features) {
    const w = model.weights[name];
    if (w !== undefined) z += w * value;
  }
  return 1 / (1 + Math.exp(-z));
}
