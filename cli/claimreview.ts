/**
 * The knowledge base as schema.org ClaimReview JSON-LD (https://schema.org/ClaimReview), so
 * fact-checkers' tools can read it: one review per claim, rated with the verdict the card shows
 * for that claim's own statement (its sources against the rival positions on its question).
 */
import { buildSides, tally } from '../engine/build-verdict';
import { STEP_WORDS, timeViewerOf } from '../engine/plan-outcome';
import type { Claim, KnowledgeBase, PlanOutcome, Source, TimeView, Verdict } from '../engine/types';

/** The verdict in words, as a ClaimReview's `reviewRating.alternateName` (a human-readable rating). */
export const VERDICT_NAME: Record<Verdict, string> = {
  corroborated: 'Corroborated',
  'single-source': 'Single source',
  disputed: 'Disputed',
  contradicted: 'Contradicted',
};

/** What became of a plan, in words, for a review's rating. */
export const OUTCOME_NAME: Record<PlanOutcome, string> = {
  'on-time': 'carried out on time',
  late: 'carried out late',
  changed: 'changed since',
  'not-done': 'not carried out',
};

/**
 * The rating's name in time: a plan's verdict says how well the announcement is reported, so it
 * names what became of the plan ("Corroborated plan, carried out late"); an event's is the verdict.
 */
export function ratingName(verdict: Verdict, time: TimeView | undefined): string {
  if (time?.kind !== 'plan') return VERDICT_NAME[verdict];
  const fate = time.outcome ? OUTCOME_NAME[time.outcome] : 'nothing reported since';
  return `${VERDICT_NAME[verdict]} plan, ${fate}`;
}

/** A statement quoted inside a sentence, without its own closing full stop. */
const quoted = (statement: string) => `"${statement.replace(/[.!?]+$/, '')}"`;

/**
 * The explanation's time part, as a sentence of its own: whether the claim reports a plan or an
 * event (schema.org has no property for that on a ClaimReview, so it is said in words), with a
 * plan's date and later events, or the plan an event answers.
 */
export function timeExplanation(time: TimeView | undefined): string {
  if (!time) return '';
  if (time.kind === 'event') {
    const when = time.happened ? ` of ${time.happened}` : '';
    // An event may answer several plans (since17): each is named with what the event did to it.
    const plans = (time.answers ?? []).map(
      (a) => `the plan ${quoted(a.statement)} (${STEP_WORDS[a.outcome]})`,
    );
    return ` It reports an event${when}${plans.length ? `: ${plans.join('; ')}` : ''}.`;
  }
  // Each event with what it tells about the plan, then the event itself, as the card has them.
  const since = (time.since ?? []).map(
    (s) => `${s.happened}, ${STEP_WORDS[s.outcome]}: ${quoted(s.statement)}`,
  );
  const later = since.length ? `since then: ${since.join('; ')}` : 'nothing reported since';
  return ` It reports a plan${time.due ? ` due ${time.due}` : ''}; ${later}.`;
}

/** Who the reviews are by; schema.org wants a Person or an Organization. */
export type ReviewAuthor = { name: string; url?: string };

/** A news article the claim appears in. */
export type Appearance = {
  '@type': 'NewsArticle';
  url: string;
  headline: string;
  datePublished: string;
  publisher: { '@type': 'Organization'; name: string };
};

/** One ClaimReview node, ready for JSON.stringify. */
export type ClaimReview = {
  '@context': 'https://schema.org';
  '@type': 'ClaimReview';
  identifier: string;
  claimReviewed: string;
  /** The newest publication date among the articles weighed: the review is as of that evidence. */
  datePublished: string;
  author: { '@type': 'Organization'; name: string; url?: string };
  reviewRating: {
    '@type': 'Rating';
    alternateName: string;
    /**
     * Sentences: the card's summary line (how many outlets and independent reports stand on each
     * side), then whether the claim reports a plan or an event, and what became of it.
     */
    ratingExplanation: string;
  };
  itemReviewed: {
    '@type': 'Claim';
    /** The articles that make the claim, oldest first (the card's order). */
    appearance: Appearance[];
    firstAppearance?: Appearance;
  };
};

const DEFAULT_AUTHOR: ReviewAuthor = { name: 'Claimlight' };

function appearance(source: Source): Appearance {
  return {
    '@type': 'NewsArticle',
    url: source.url,
    headline: source.title,
    datePublished: source.published,
    publisher: { '@type': 'Organization', name: source.outlet },
  };
}

/** One claim's review. Dates are ISO 8601 ("2024-09-08", or "2024-09" for month-only sources). */
export function claimReviewOf(
  claim: Claim,
  kb: KnowledgeBase,
  author: ReviewAuthor = DEFAULT_AUTHOR,
): ClaimReview {
  const sides = buildSides(claim, kb, claim.value);
  const { verdict, summary } = tally(sides.corroborating, sides.contradicting);
  const time = timeViewerOf(kb)(claim);
  const byId = new Map(kb.sources.map((s) => [s.id, s]));
  // The claim's own sources, in the time order the card lists them (oldest first).
  const own = new Set(claim.sources.map((st) => st.source));
  const making = [...new Set(sides.corroborating.map((v) => v.source))]
    .filter((id) => own.has(id))
    .map((id) => byId.get(id))
    .filter((s): s is Source => s !== undefined)
    .map(appearance);
  const first = making.find((a) => a.datePublished);
  const weighed = [...sides.corroborating, ...sides.contradicting]
    .map((v) => v.published)
    .filter(Boolean)
    .sort();
  return {
    '@context': 'https://schema.org',
    '@type': 'ClaimReview',
    identifier: claim.id,
    claimReviewed: claim.statement,
    datePublished: weighed[weighed.length - 1] ?? '',
    author: { '@type': 'Organization', name: author.name, ...(author.url && { url: author.url }) },
    reviewRating: {
      '@type': 'Rating',
      alternateName: ratingName(verdict, time),
      ratingExplanation: `${summary}.${timeExplanation(time)}`,
    },
    itemReviewed: {
      '@type': 'Claim',
      appearance: making,
      ...(first && { firstAppearance: first }),
    },
  };
}

/** A review for every claim of the knowledge base, in the KB's order. */
export function claimReviews(kb: KnowledgeBase, author?: ReviewAuthor): ClaimReview[] {
  return kb.claims.map((claim) => claimReviewOf(claim, kb, author));
}
