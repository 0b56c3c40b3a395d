/**
 * The knowledge base as the extension uses it. Validation lives in data/check.ts and runs at
 * build time (wxt.config.ts) and in tests, so this file stays small for the content script.
 */
import type { Claim, KnowledgeBase, Question, Source } from '../engine/types';
import claims from './claims.json';
import questions from './questions.json';
import sources from './sources.json';

export const kb: KnowledgeBase = {
  sources: sources satisfies Source[],
  questions: questions satisfies Question[],
  // JSON imports widen literal unions ("negate" → string); the build-time check guarantees them.
  claims: claims as Claim[],
};
