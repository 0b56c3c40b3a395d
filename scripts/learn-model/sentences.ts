/**
 * The labelled sentences a learned reader is trained and measured on: our own eval fixtures
 * (tests/fixtures/eval/*.jsonl), never ../shared (third-party text, and our out-of-sample test),
 * never the sets kept unfitted as a measure. Each sentence with the features the engine's model
 * step reads (engine/model-step.ts: the same function) and its label.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CompiledStory } from '../../engine/compile-story';
import { NO_CLASS } from '../../engine/linear-model';
import { modelFeatures } from '../../engine/model-step';
import { parsePublished } from '../../engine/resolve-dates';
import {
  createWordReader,
  readFacts,
  readWords,
  type SentenceWords,
} from '../../engine/sentence-facts';
import { type EvalArticle, readJsonl } from '../eval/eval-set';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const fixtureDir = path.join(root, 'tests/fixtures/eval');

/** Kept unfitted as a measure of fresh articles: never trained on. */
export const HELD_OUT = new Set(['articles-blind-22.jsonl', 'articles-blind-23.jsonl']);

/** The fixture files trained on, sorted (deterministic). */
export function trainingFiles(): string[] {
  return readdirSync(fixtureDir)
    .filter((f) => f.endsWith('.jsonl') && !HELD_OUT.has(f))
    .sort()
    .map((f) => path.join(fixtureDir, f));
}

/** A hash of the training files' contents and names: stale weights are told by it. */
export function trainingHash(files: readonly string[], extra: string): string {
  const h = createHash('sha256');
  for (const f of files) h.update(path.basename(f)).update('\0').update(readFileSync(f));
  h.update(extra);
  return h.digest('hex').slice(0, 16);
}

export type Row = {
  file: string;
  article: EvalArticle;
  index: number;
  features: string[];
  /** The class to learn: the claim the sentence states first, `none`, or null (not trained on). */
  label: string | null;
};

/** The class a sentence teaches: what it states first, none for a near miss, else nothing. */
export function labelOf(article: EvalArticle, i: number): string | null {
  const s = article.sentences[i];
  if (!s) return null;
  if (article.kind === 'negative' || s.highlight === false) return NO_CLASS;
  if (s.highlight === true && s.claims && s.claims.length > 0) return s.claims[0] as string;
  return null;
}

/** Every sentence of the sets, with its features and label. */
export function rowsOf(story: CompiledStory, files: readonly string[]): Row[] {
  const reader = createWordReader(story);
  const actors = new Set(story.actors);
  const places = new Set(story.topic.anchors.filter((a) => !actors.has(a)));
  const rows: Row[] = [];
  for (const file of files)
    for (const article of readJsonl(file)) {
      const published = parsePublished(article.published);
      let before: SentenceWords | undefined;
      article.sentences.forEach((s, index) => {
        const words = readWords(s.text, reader);
        const facts = readFacts(words, published, story.inferences, places);
        rows.push({
          file,
          article,
          index,
          features: modelFeatures(facts, before, index === 0),
          label: labelOf(article, index),
        });
        before = words;
      });
    }
  return rows;
}
