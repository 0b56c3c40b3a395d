/**
 * The learned reader's step (linear-model.ts): a sentence the rules gave no card, on a page about
 * the story, may get one when the model is very sure of a claim. Its features are read from what
 * the engine already found: the words, the concepts in it and in the sentence before, its dates
 * (resolved against the page's date), whether it denies and whether it looks ahead.
 * The same function makes the features for training (scripts/learn-model/), so what the model
 * learnt from is what it is asked about.
 */
import { type FeatureInput, featuresOf } from './linear-model';
import type { SentenceFacts, SentenceWords } from './sentence-facts';

/** A sentence's features for the model: its facts, the sentence before's words, a headline or not. */
export function modelFeatures(
  facts: SentenceFacts,
  before: SentenceWords | undefined,
  headline: boolean,
): string[] {
  const input: FeatureInput = {
    tokens: facts.tokens,
    concepts: facts.hits.map((h) => h.concept),
    conceptsBefore: before ? before.hits.map((h) => h.concept) : [],
    headline,
    dates: facts.dates.map((d) => `${d.year}-${d.month ?? ''}`),
    denial: facts.negations.some((n) => n.denial),
    future: facts.future,
  };
  return featuresOf(input);
}
