/**
 * The eval set format (../shared/eval/README.md): one article per JSONL line, its sentences in
 * reading order, each marked whether a good annotator highlights it and which sources may or
 * may not stand on each side.
 */
import { readFileSync } from 'node:fs';

export type EvalSentence = {
  /** The sentence as the page has it. */
  text: string;
  /** true: must be highlighted; false: must not; null: either is fine. */
  highlight: boolean | null;
  /**
   * Claims whose card is right on it: the claims it states, and the other claims answering the
   * same question. A `true` sentence about an event no claim states yet has none.
   */
  claims?: string[];
  /** Claims it only presupposes or hints at: a card on one neither counts for nor against it. */
  hinted_claims?: string[];
  /** At least one of these sources should be listed as corroborating. */
  corroborated_by_any?: string[];
  /** Sources that must not be listed as corroborating (they say otherwise). */
  never_corroborating?: string[];
  /** Sources that must not be listed as contradicting (they say the same). */
  never_contradicting?: string[];
  /** How a relative date or an ambiguity was read. */
  note?: string;
  /**
   * The article's paragraph ends after this sentence (sets made from real articles know their
   * paragraphs: the library). Without it the page groups sentences into paragraphs at random.
   */
  paragraphEnd?: boolean;
};

export type EvalArticle = {
  /** Stable id ("dev-04"); seeds the page layout. */
  id: string;
  /** Where the article was published (not fetched). */
  url?: string;
  outlet: string;
  /** YYYY-MM-DD or YYYY-MM, exactly as the set gives it. */
  published: string;
  /** "negative": near-topic articles that make none of the knowledge base's claims. */
  kind: 'on-topic' | 'negative';
  sentences: EvalSentence[];
};

/** Reads a .jsonl eval set; blank lines are skipped. */
export function readJsonl(file: string): EvalArticle[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as EvalArticle);
}
