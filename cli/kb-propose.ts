/**
 * `claimlight kb propose`: articles in, proposals out. Pure but for the clock: the caller reads
 * the files (kb-inputs.ts) and writes the result (kb-write-proposals.ts).
 */
import type { CompiledStory } from '../engine/compile-story';
import {
  type CandidateClaim,
  type CandidateQuestion,
  groupStatements,
  uncoveredStatements,
} from './kb-candidates';
import { type ExistingProposal, existingProposals, storyWords } from './kb-existing';
import { createReportCounter, type ReportCounter } from './kb-independence';
import type { KbArticle } from './kb-inputs';
import { createArticleReader } from './kb-read-article';

/** The shape of proposals.json, documented in README.md ("Growing the knowledge base"). */
export type Proposals = {
  /** Bumped when the shape changes; a review file names the version it was written against. */
  format: 1;
  articles: {
    id: string;
    outlet: string;
    published: string | null;
    url: string;
    title: string;
    sentences: number;
    /** Why the topic gate set the whole article aside, when it did. */
    offTopic?: string;
  }[];
  /** Passages stating a claim the knowledge base has, in article order. */
  existing: ExistingProposal[];
  /** Statements no claim covers, grouped, most independent reports first. */
  candidates: CandidateClaim[];
  /** Candidate claims that answer one question differently. */
  questions: CandidateQuestion[];
};

/** Runs the page reader and the engine on every article and gathers the proposals. */
export function propose(articles: KbArticle[], story: CompiledStory): Proposals {
  const read = createArticleReader(story);
  const out: Proposals = { format: 1, articles: [], existing: [], candidates: [], questions: [] };
  // Actors and places are in nearly every sentence of the story: they say nothing about which
  // event a sentence reports.
  const words = storyWords(
    [
      ...story.actors,
      ...story.topic.anchors,
      ...(story.topic.regional ?? []),
      ...story.entities.concepts,
      'uncertain',
    ],
    story.inferences,
  );
  const statements = [];
  const texts = [];
  for (const a of articles) {
    const r = read(a.html, a.published);
    texts.push({ id: a.id, url: a.url, text: r.text });
    out.articles.push({
      id: a.id,
      outlet: a.outlet,
      published: r.published ?? a.published,
      url: a.url,
      title: a.title,
      sentences: r.sentences.length,
      ...(r.offTopic && { offTopic: r.offTopic }),
    });
    out.existing.push(...existingProposals(a, r, story.kb, words));
    statements.push(...uncoveredStatements(a, r, story));
  }
  const counter = createReportCounter(texts, story.kb);
  markSameReports(out.existing, counter);
  const { claims, questions } = groupStatements(statements, counter);
  out.candidates = claims;
  out.questions = questions;
  return out;
}

/**
 * Marks each passage for an existing claim that is one report with an earlier passage for the
 * same claim from another article (a wire copy, an origin the knowledge base already gives
 * both, the same quote): `sameReportAs` names the earlier one, so the editor gives both one
 * `origin` and the card counts them once.
 */
export function markSameReports(existing: ExistingProposal[], counter: ReportCounter): void {
  const articleOf = new Map(existing.map((e) => [e.id, e.article]));
  existing.forEach((e, i) => {
    const earlier = existing
      .slice(0, i)
      .find((f) => f.claim === e.claim && f.article !== e.article && counter([f, e]) === 1);
    const first = earlier && (earlier.sameReportAs ?? earlier.id);
    // Pointing back into its own article tells the editor nothing: one article, one statement.
    if (first && articleOf.get(first) !== e.article) e.sameReportAs = first;
  });
}
