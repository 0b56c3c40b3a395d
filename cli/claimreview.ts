/**
 * The knowledge base as schema.org ClaimReview JSON-LD (https://schema.org/ClaimReview), so
 * fact-checkers' tools can read it: one review per claim, rated with the verdict the card shows
 * for that claim's own statement (its sources against the rival positions on its question).
 */
import { buildSides, tally } from '../engine/build-verdict';
import { timeViewerOf } from '../engine/plan-outcome';
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

/** The explanation's time part: the plan's later events with their dates, or the plan an event answers. */
function timeExplanation(time: TimeView | undefined): string {
  if (!time) return '';
  if (time.kind === 'event') {
    const answers = (time.answers ?? []).map(
      (a) => `${OUTCOME_NAME[a.outcome]} of the plan "${a.statement}"`,
    );
    return answers.length ? ` · Event: ${answers.join('; ')}` : ' · Event';
  }
  const since = (time.since ?? []).map((s) => `${s.happened}: ${OUTCOME_NAME[s.outcome]}`);
  return ` · Plan${time.due ? ` for ${time.due}` : ''}${since.length ? `; since then ${since.join('; ')}` : ''}`;
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
  /** "plan" or "event", for readers of the export that sort reviews in time. */
  claimKind?: TimeView['kind'];
  reviewRating: {
    '@type': 'Rating';
    alternateName: string;
    /** The card's summary line: how many outlets and independent reports stand on each side. */
    ratingExplanation: string;
  };
  itemReviewed: {
    '@type': 'Claim';
    /** The articles that make the claim. */
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
  const making = [...new Set(claim.sources.map((st) => st.source))]
    .map((id) => byId.get(id))
    .filter((s): s is Source => s !== undefined)
    .map(appearance);
  // Month-only dates sort before the days of that month, which is the right order for "earliest".
  const byDate = [...making].sort((a, b) => a.datePublished.localeCompare(b.datePublished));
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
    ...(time && { claimKind: time.kind }),
    reviewRating: {
      '@type': 'Rating',
      alternateName: ratingName(verdict, time),
      ratingExplanation: summary + timeExplanation(time),
    },
    itemReviewed: {
      '@type': 'Claim',
      appearance: making,
      ...(byDate[0] && { firstAppearance: byDate[0] }),
    },
  };
}

/** A review for every claim of the knowledge base, in the KB's order. */
export function claimReviews(kb: KnowledgeBase, author?: ReviewAuthor): ClaimReview[] {
  return kb.claims.map((claim) => claimReviewOf(claim, kb, author));
}
