/**
 * The story pack as source: the knowledge base (with the origins its statements relay) and its
 * vocabulary, read by the CLI, the tests and the build. The extension never imports this file:
 * it ships the compiled story instead (virtual:claimlight-story, made by scripts/story-plugin.ts
 * at build time). Validation lives in data/check.ts and runs at build time and in tests.
 */
import type {
  Claim,
  KnowledgeBase,
  Origin,
  Question,
  Source,
  StoryPack,
  Vocabulary,
} from '../engine/types';
import claims from './claims.json';
import origins from './origins.json';
import questions from './questions.json';
import sources from './sources.json';
import vocabulary from './vocabulary.json';

export const kb: KnowledgeBase = {
  sources: sources satisfies Source[],
  questions: questions satisfies Question[],
  // JSON imports widen literal unions ("negate" → string); the build-time check guarantees them.
  claims: claims as Claim[],
  origins: origins satisfies Origin[],
};

export const pack: StoryPack = { ...kb, vocabulary: vocabulary as Vocabulary };
