/**
 * Everything the engine reads off one sentence before comparing it with claims: concepts
 * (lexicon words and fuzzy-matched names), dates resolved against the publication date,
 * figures, negations, and mentions of other wars.
 */
import { type ConceptHit, findConcepts, type PatternIndex } from './find-concepts';
import type { EntityFinder } from './find-entities';
import { findNegations, isNegated, type Negation } from './find-negations';
import { OTHER_THEATRES } from './lexicon';
import { type DateMention, resolveDates, type YearMonth } from './resolve-dates';
import { type Token, tokenize } from './tokenize';

export type NumberMention = { value: number; text: string };

export type SentenceFacts = {
  text: string;
  tokens: Token[];
  hits: ConceptHit[];
  dates: DateMention[];
  /** Figures that are not part of a date ("2,500", "900"). */
  numbers: NumberMention[];
  negations: Negation[];
  /** Whether a negation governs the token at this position. */
  negatedAt(at: number): boolean;
  /** The first word naming another war (Afghanistan, Kabul…), if any. */
  otherTheatre?: string;
};

export type FactReader = {
  patterns: PatternIndex;
  findEntities: EntityFinder;
};

export function readSentence(
  text: string,
  published: YearMonth | null,
  reader: FactReader,
): SentenceFacts {
  const tokens = tokenize(text);
  const hits = [
    ...findConcepts(tokens, text, reader.patterns),
    ...reader.findEntities(tokens, text),
  ];
  const dates = resolveDates(tokens, text, published);
  const inDate = new Set(dates.flatMap((d) => range(d.from, d.to)));
  const numbers = tokens
    .filter((t, i) => t.value !== undefined && !inDate.has(i))
    .map((t) => ({ value: t.value as number, text: t.raw }));
  const negations = findNegations(tokens);
  const negatedAt = (at: number) => isNegated(at, negations, tokens, text);
  // "did not include the departure of US forces" says they stay: a negated withdrawal is a stay.
  for (const hit of hits.filter((h) => h.concept === 'withdraw' && negatedAt(h.from)))
    hits.push({ ...hit, concept: 'remain', text: `not … ${hit.text}`, inferred: true });
  const other = tokens.find((t) => OTHER_THEATRES.includes(t.norm));
  return {
    text,
    tokens,
    hits,
    dates,
    numbers,
    negations,
    negatedAt,
    ...(other && { otherTheatre: other.raw }),
  };
}

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from }, (_, i) => from + i);
}
