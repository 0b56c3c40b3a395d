/**
 * The engine's only public door: createMatcher(kb) → matcher.match(text, { published }).
 * Pure TypeScript: no DOM, no browser API, no I/O. The caller hands in the knowledge base,
 * so the content script, the tests and the CLI run exactly this code.
 *
 * Pipeline per sentence: segment → read facts (concepts, names, dates, figures, negation)
 * → topic gate → every claim's recognizer → the best-scoring claim wins → sides and verdict.
 */
import { buildSides, summaryOf, verdictOf } from './build-verdict';
import { compileLexicon, indexPatterns } from './find-concepts';
import { createEntityFinder } from './find-entities';
import { ENTITIES, LEXICON } from './lexicon';
import { recognize } from './recognize';
import { formatDate, parsePublished } from './resolve-dates';
import { segmentSentences } from './segment-sentences';
import { type FactReader, readSentence, type SentenceFacts } from './sentence-facts';
import { aboutSyriaOnly, articleOffTopic, isSyriaClaim, sentenceOffTopic } from './topic-gate';
import type { Claim, KnowledgeBase, Match, MatchOptions, MatchResult, Rejection } from './types';

export type Matcher = {
  /** Find the sentences of `text` that assert KB claims. */
  match(text: string, options?: MatchOptions & { explain?: boolean }): MatchResult;
};

export function createMatcher(kb: KnowledgeBase): Matcher {
  const reader: FactReader = {
    patterns: indexPatterns(compileLexicon(LEXICON)),
    findEntities: createEntityFinder(ENTITIES),
  };

  return {
    match(text, options = {}) {
      const published = parsePublished(options.published);
      const spans = segmentSentences(text);
      const facts = spans.map((s) => readSentence(text.slice(s.start, s.end), published, reader));
      const matches: Match[] = [];
      const rejections: Rejection[] = [];
      const offTopic = articleOffTopic(facts, published);

      spans.forEach((span, i) => {
        const f = facts[i] as SentenceFacts;
        const outcome = judgeSentence(kb, f, offTopic ?? sentenceOffTopic(f));
        if ('claim' in outcome && 'result' in outcome) {
          matches.push(toMatch(kb, outcome.claim, outcome.result, span, f.text));
        } else if (options.explain && outcome.reason) {
          rejections.push({
            ...span,
            text: f.text,
            reason: outcome.reason,
            ...(outcome.claim && { claim: outcome.claim }),
          });
        }
      });
      return { matches, sentences: spans.length, rejections };
    },
  };
}

type Accepted = Extract<ReturnType<typeof recognize>, { ok: true }>;

/** The best claim this sentence asserts, or why none (the nearest miss), or nothing to say. */
function judgeSentence(
  kb: KnowledgeBase,
  f: SentenceFacts,
  gate: string | undefined,
): { claim: Claim; result: Accepted } | { reason?: string; claim?: string } {
  let best: { claim: Claim; result: Accepted } | undefined;
  let nearest: { claim: Claim; reason: string; progress: number } | undefined;
  const syriaOnly = aboutSyriaOnly(f);
  for (const claim of kb.claims) {
    const result: ReturnType<typeof recognize> =
      syriaOnly && !isSyriaClaim(claim)
        ? { ok: false, reason: 'about Syria, not Iraq', progress: 0 }
        : recognize(claim, f);
    if (result.ok) {
      if (!best || result.score > best.result.score) best = { claim, result };
    } else if (!nearest || result.progress > nearest.progress) {
      nearest = { claim, reason: result.reason, progress: result.progress };
    }
  }
  if (best && gate)
    return { reason: `${gate} (would match ${best.claim.id})`, claim: best.claim.id };
  if (best) return best;
  if (nearest && nearest.progress >= 0.5)
    return { reason: nearest.reason, claim: nearest.claim.id };
  return {};
}

function toMatch(
  kb: KnowledgeBase,
  claim: Claim,
  result: Accepted,
  span: { start: number; end: number },
  text: string,
): Match {
  const value = result.date ? formatDate(result.date) : undefined;
  const { corroborating, contradicting } = buildSides(claim, kb, value);
  return {
    start: span.start,
    end: span.end,
    text,
    claim: claim.id,
    position: claim.position?.position ?? null,
    question: claim.position?.question ?? null,
    statement: claim.statement,
    ...(value && { value }),
    verdict: verdictOf(corroborating.length, contradicting.length),
    summary: summaryOf(corroborating.length, contradicting.length),
    corroborating,
    contradicting,
    evidence: result.evidence,
    score: result.score,
  };
}

export type * from './types';
