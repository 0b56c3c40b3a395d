/**
 * The engine's only public door: createMatcher(kb) → matcher.match(text, { published }).
 * Pure TypeScript: no DOM, no browser API, no I/O. The caller hands in the knowledge base,
 * so the content script, the tests and the CLI run exactly this code.
 *
 * Pipeline per sentence: segment → read facts (concepts, names, dates, figures, negation)
 * → topic gate → every claim's recognizer → the best-scoring claim wins → sides and verdict.
 */
import { buildSides, summaryOf, verdictOf } from './build-verdict';
import { compileLexicon } from './find-concepts';
import { createEntityFinder } from './find-entities';
import { ENTITIES, LEXICON } from './lexicon';
import { recognize } from './recognize';
import { formatDate, parsePublished } from './resolve-dates';
import { segmentSentences } from './segment-sentences';
import { type FactReader, readSentence, type SentenceFacts } from './sentence-facts';
import { articleOffTopic, sentenceOffTopic } from './topic-gate';
import type { Claim, KnowledgeBase, Match, MatchOptions, MatchResult, Rejection } from './types';

export type Matcher = {
  /** Find the sentences of `text` that assert KB claims. */
  match(text: string, options?: MatchOptions & { explain?: boolean }): MatchResult;
};

export function createMatcher(kb: KnowledgeBase): Matcher {
  const reader: FactReader = {
    patterns: compileLexicon(LEXICON),
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
        const reject = (reason: string, claim?: Claim) => {
          if (options.explain)
            rejections.push({ ...span, text: f.text, reason, ...(claim && { claim: claim.id }) });
        };
        const gate = offTopic ?? sentenceOffTopic(f);
        let best:
          | { claim: Claim; result: Extract<ReturnType<typeof recognize>, { ok: true }> }
          | undefined;
        let nearest: { claim: Claim; reason: string; progress: number } | undefined;
        for (const claim of kb.claims) {
          const result = recognize(claim, f);
          if (result.ok) {
            if (!best || result.score > best.result.score) best = { claim, result };
          } else if (!nearest || result.progress > nearest.progress) {
            nearest = { claim, reason: result.reason, progress: result.progress };
          }
        }
        if (best && gate) return reject(`${gate} (would match ${best.claim.id})`, best.claim);
        if (!best) {
          if (nearest && nearest.progress >= 0.5) reject(nearest.reason, nearest.claim);
          return;
        }
        matches.push(toMatch(kb, best.claim, best.result, span, f.text));
      });
      return { matches, sentences: spans.length, rejections };
    },
  };
}

function toMatch(
  kb: KnowledgeBase,
  claim: Claim,
  result: Extract<ReturnType<typeof recognize>, { ok: true }>,
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
