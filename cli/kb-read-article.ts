/**
 * One article through the same reader and engine as `claimlight annotate`, kept with what the
 * editor's tool needs besides the highlights: every sentence with the concepts, names, dates and
 * figures the engine found in it, and whether the story's topic gate lets it through.
 *
 * The sentence-level facts come from the engine's own modules (the ones engine/index.ts runs);
 * they are imported here and nowhere else in cli/, so a change to the engine's internals
 * touches one file of the tool.
 */
import type { CompiledStory } from '../engine/compile-story';
import type { ConceptHit } from '../engine/find-concepts';
import { createMatcher, type Match } from '../engine/index';
import { type DateMention, formatDate, parsePublished } from '../engine/resolve-dates';
import { segmentSentences } from '../engine/segment-sentences';
import {
  createWordReader,
  readFacts,
  readWords,
  type SentenceWords,
} from '../engine/sentence-facts';
import { createTopicGate } from '../engine/topic-gate';
import { createAnnotator } from './annotate';

/** A sentence of an article as the engine read it. */
export type ReadSentence = {
  /** 1-based position in the article (stable while the reader and the segmenter are). */
  index: number;
  text: string;
  /** Concept and name hits, each with whether a negation governs it. */
  hits: { concept: string; text: string; negated: boolean }[];
  /** Dates stated, as the card words them ("September 2025"), with their role. */
  dates: { value: string; role: DateMention['role']; relative: boolean }[];
  /** Figures that are not part of a date. */
  numbers: number[];
  /** Why the topic gate turns this sentence down, when it does. */
  offTopic?: string;
  /** The engine's match on this sentence, if any. */
  match?: Match;
};

/** An article as read: its text, its sentences and why it is off-topic, if it is. */
export type ReadArticle = {
  text: string;
  published: string | null;
  sentences: ReadSentence[];
  offTopic?: string;
};

/** Reads HTML pages for the tool: the annotator's page reader, then the engine sentence by sentence. */
export type ArticleReader = (html: string, published: string | null) => ReadArticle;

/** Builds the reader once per run (the trie's lookups and the matcher are built once). */
export function createArticleReader(story: CompiledStory): ArticleReader {
  const annotate = createAnnotator(story);
  const matcher = createMatcher(story);
  const gate = createTopicGate(story.topic);
  const reader = createWordReader(story);
  return (html, givenDate) => {
    const page = annotate(html, { published: givenDate, text: true });
    const text = page.text ?? '';
    const published = page.published;
    // The annotator's highlights drop the score and evidence the tool weighs: the matcher's own
    // result on the same text and date has them (the same pass, run once more).
    // The thorough pass, as `annotate` runs it: every claim read on every sentence.
    const result = matcher.match(text, { published, explain: true });
    const byStart = new Map(result.matches.map((m) => [m.start, m]));
    const spans = segmentSentences(text);
    const ym = parsePublished(published);
    const words: SentenceWords[] = spans.map((s) => readWords(text.slice(s.start, s.end), reader));
    const offTopic = page.offTopic ?? gate.articleOffTopic(words);
    const sentences = spans.map((span, i): ReadSentence => {
      const facts = readFacts(words[i] as SentenceWords, ym, story.inferences);
      const match = byStart.get(span.start);
      // As the engine judges it: a year outside the story, or a time pointing back at one.
      const reason =
        gate.sentenceOffTopic(facts) ??
        (facts.dates.length === 0
          ? gate.pointsOutside(words[i] as SentenceWords, words.slice(Math.max(0, i - 3), i), ym)
          : undefined);
      return {
        index: i + 1,
        text: facts.text,
        hits: facts.hits.map((h: ConceptHit) => ({
          concept: h.concept,
          text: h.text,
          negated: !h.inferred && facts.negatedAt(h.from),
        })),
        dates: facts.dates.map((d) => ({
          value: formatDate(d),
          role: d.role,
          relative: d.relative,
        })),
        numbers: facts.numbers.map((n) => n.value),
        ...(reason && { offTopic: reason }),
        ...(match && { match }),
      };
    });
    return { text, published, sentences, ...(offTopic && { offTopic }) };
  };
}
