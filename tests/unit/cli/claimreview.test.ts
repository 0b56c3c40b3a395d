/**
 * `claimlight kb export --format claimreview`: one schema.org ClaimReview per claim, rated with
 * the verdict the card gives the claim's own statement, citing the articles that make it.
 */
import { describe, expect, it } from 'vitest';
import { run } from '../../../cli/claimlight';
import {
  type ClaimReview,
  claimReviewOf,
  claimReviews,
  VERDICT_NAME,
} from '../../../cli/claimreview';
import { kb } from '../../../data/index';
import { buildSides, tally } from '../../../engine/build-verdict';
import { plansAnswered } from '../../../engine/plans-answered';

const byId = (id: string) => {
  const claim = kb.claims.find((c) => c.id === id);
  if (!claim) throw new Error(`no claim ${id}`);
  return claim;
};

describe('claimReviewOf', () => {
  it('a plan an event broke: each later event is quoted after what it shows about the plan', () => {
    const explanation = claimReviewOf(byId('full-exit-end-2025'), kb).reviewRating
      .ratingExplanation;
    expect(explanation).toMatch(/since then: \d{4}-\d{2}(-\d{2})?, shows it was still not done: "/);
    expect(explanation).not.toMatch(/, not carried out\b/);
  });

  it('a contradicted deadline: its statement, verdict, the article making it and the rival count', () => {
    const review = claimReviewOf(byId('full-exit-end-2025'), kb);
    expect(review).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'ClaimReview',
      identifier: 'full-exit-end-2025',
      claimReviewed: byId('full-exit-end-2025').statement,
      author: { '@type': 'Organization', name: 'Claimlight' },
      reviewRating: { '@type': 'Rating' },
      itemReviewed: { '@type': 'Claim' },
    });
    const rudaw = kb.sources.find((s) => s.id === 'rudaw');
    expect(review.itemReviewed.appearance).toEqual([
      {
        '@type': 'NewsArticle',
        url: rudaw?.url,
        headline: rudaw?.title,
        datePublished: rudaw?.published,
        publisher: { '@type': 'Organization', name: 'Rudaw' },
      },
    ]);
    expect(review.itemReviewed.firstAppearance).toEqual(review.itemReviewed.appearance[0]);
    expect(review.reviewRating.ratingExplanation).toMatch(
      /^1 outlet corroborates · \d+ contradict.*\. It reports a plan due 2025-12; /,
    );
    // A plan for the end of 2025 that no event carried out by then: the rating says so.
    expect(review.reviewRating.alternateName).toMatch(/^Contradicted plan, /);
  });

  it('the rating is the verdict the engine gives the claim, put in time for a plan', () => {
    for (const claim of kb.claims) {
      const sides = buildSides(claim, kb, claim.value);
      const { verdict } = tally(sides.corroborating, sides.contradicting);
      const name = claimReviewOf(claim, kb).reviewRating.alternateName;
      if (claim.kind === 'plan')
        expect(name, claim.id).toMatch(new RegExp(`^${VERDICT_NAME[verdict]} plan, `));
      else expect(name, claim.id).toBe(VERDICT_NAME[verdict]);
    }
  });

  it('a plan carried out late is not simply corroborated: its rating and explanation say when', () => {
    const plan = kb.claims.find(
      (c) =>
        c.kind === 'plan' &&
        kb.claims.some((e) =>
          plansAnswered(e).some((a) => a.plan === c.id && a.outcome === 'late'),
        ),
    );
    expect(plan).toBeDefined();
    if (!plan) return;
    const review = claimReviewOf(plan, kb);
    expect(review.reviewRating.alternateName).toMatch(/ plan, /);
    expect(review.reviewRating.ratingExplanation).toMatch(
      /\. It reports a plan( due [\d-]+)?; since then: \d{4}-\d{2}(-\d{2})?, [a-z ]+: "[^"]+"(; .+)?\.$/,
    );
    expect(review.reviewRating.alternateName).toMatch(/carried out late/);
    expect(review.reviewRating.ratingExplanation).toMatch(/, late: "/);
  });

  it('an event answering several plans names each in its explanation, with what it made of it', () => {
    const event = kb.claims.find((c) => plansAnswered(c).length > 1);
    if (!event) throw new Error('the pack needs an event answering several plans');
    const explanation = claimReviewOf(event, kb).reviewRating.ratingExplanation;
    const words = {
      'on-time': 'on time',
      late: 'late',
      changed: 'in another form',
      'not-done': 'shows it was still not done',
    };
    for (const { plan, outcome } of plansAnswered(event)) {
      const statement = kb.claims.find((c) => c.id === plan)?.statement ?? '?';
      expect(explanation).toContain(
        `the plan "${statement.replace(/[.!?]+$/, '')}" (${words[outcome]})`,
      );
    }
  });

  it('says in words whether a claim reports a plan or an event: no property schema.org lacks', () => {
    for (const claim of kb.claims) {
      const review = claimReviewOf(claim, kb) as Record<string, unknown> & ClaimReview;
      expect(Object.keys(review), claim.id).not.toContain('claimKind');
      const words = review.reviewRating.ratingExplanation;
      // The summary line, then whole sentences: never a bare label left at the end.
      expect(words, claim.id).toMatch(
        /^\d+ outlets? corroborates?[^.]* · [^.]+\.( It reports an? (plan|event).*\.)?$/,
      );
      expect(words, claim.id).not.toMatch(/· (Event|Plan)\b/);
      if (claim.kind === 'plan') expect(words, claim.id).toMatch(/\. It reports a plan/);
      if (claim.kind === 'event') expect(words, claim.id).toMatch(/\. It reports an event/);
    }
  });

  it('an event that answers a plan names the plan, quoted without its full stop, and what became of it', () => {
    const event = kb.claims.find(
      (c) => c.kind === 'event' && plansAnswered(c).some((a) => a.outcome === 'late'),
    );
    const answered = event && plansAnswered(event).find((a) => a.outcome === 'late');
    const plan = kb.claims.find((c) => c.id === answered?.plan);
    expect(event && plan).toBeTruthy();
    if (!event || !plan) return;
    const words = claimReviewOf(event, kb).reviewRating.ratingExplanation;
    expect(words).toContain(`: the plan "${plan.statement.replace(/\.$/, '')}" (late).`);
  });

  it('lists the articles making a claim oldest first, as the card does', () => {
    for (const review of claimReviews(kb)) {
      const dates = review.itemReviewed.appearance.map((a) => a.datePublished);
      expect(dates, review.identifier).toEqual([...dates].sort());
    }
  });

  it('dates the review by the newest article weighed, and the first appearance by the oldest', () => {
    for (const review of claimReviews(kb)) {
      expect(review.datePublished, review.identifier).toMatch(/^\d{4}-\d{2}(-\d{2})?$/);
      const dates = review.itemReviewed.appearance.map((a) => a.datePublished).sort();
      expect(review.itemReviewed.firstAppearance?.datePublished).toBe(dates[0]);
      expect(review.datePublished >= (dates[dates.length - 1] ?? '')).toBe(true);
    }
  });

  it('takes another author', () => {
    const review = claimReviewOf(byId('full-exit-end-2025'), kb, {
      name: 'A newsroom',
      url: 'https://newsroom.example/',
    });
    expect(review.author).toEqual({
      '@type': 'Organization',
      name: 'A newsroom',
      url: 'https://newsroom.example/',
    });
  });
});

describe('claimlight kb export --format claimreview', () => {
  it('prints valid JSON: a review for every claim, every appearance an https article', () => {
    const { code, stdout, stderr } = run(['kb', 'export', '--format', 'claimreview']);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const reviews = JSON.parse(stdout) as ClaimReview[];
    expect(reviews.map((r) => r.identifier)).toEqual(kb.claims.map((c) => c.id));
    for (const r of reviews) {
      expect(r.claimReviewed).toBeTruthy();
      expect(Object.values(VERDICT_NAME)).toContain(
        r.reviewRating.alternateName.split(' plan, ')[0],
      );
      expect(r.itemReviewed.appearance.length).toBeGreaterThan(0);
      for (const a of r.itemReviewed.appearance) expect(new URL(a.url).protocol).toBe('https:');
    }
    expect(new Set(reviews.map((r) => r.reviewRating.alternateName)).size).toBeGreaterThan(1);
  });

  it.each([
    [['kb', 'export'], /needs --format claimreview.*got none/],
    [['kb', 'export', '--format', 'csv'], /needs --format claimreview.*got "csv"/],
    [['kb', 'export', '--format', 'claimreview', '--json'], /takes only --format/],
    [['kb', 'import', '--format', 'claimreview'], /usage/],
    [['kb'], /usage/],
  ])('%j → one line on stderr, exit 2', (argv, message) => {
    const { code, stdout, stderr } = run(argv);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr.split('\n')).toHaveLength(1);
    expect(stderr).toMatch(message);
  });
});
