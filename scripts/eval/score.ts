/**
 * Scores the engine on eval articles claim by claim, as ../shared/eval/README.md defines it,
 * after mapping its highlights (spans of the extracted page text) back to the set's sentences
 * (scripts/eval/locate.ts). A sentence counts as highlighted when the highlights together cover
 * more than half of its non-whitespace characters; its cards are the claims of the highlights
 * touching it.
 *
 * A `highlight: true` sentence is one of two kinds, reported on lines of their own:
 * - **known**: it names `claims`. It is a hit when a card names one of them. When its cards name
 *   only claims it hints at, it is a miss; when they name only claims it neither states nor hints
 *   at, it is a **wrong claim**: a false positive and a miss.
 * - **event**: an event the labels' knowledge base did not know yet (no `claims`).
 * A card on a claim the labels cannot name (added after the set was labelled: labelled-claims.ts)
 * is judged by its sources: a hit when it lists one of `corroborated_by_any` as corroborating and
 * keeps the `never_*` rules, else a miss.
 *
 * A highlighted `highlight: false` sentence, or any highlighted sentence of a `negative` article,
 * is a false alarm. A `null` sentence counts neither way, but cards on it that name none of its
 * claims are listed as wrong claims. A stance error is a highlighted sentence where a card on one
 * of its claims (or an unlabelled claim) lists a `never_corroborating` source as corroborating or
 * a `never_contradicting` one as contradicting.
 *
 * Highlights that touch no sentence ("stray": page furniture the reader let through) and sentences
 * whose text is not found in the extracted page ("unlocated") are counted and listed, so a
 * rendering or extraction fault cannot pass for an engine result.
 */
import type { Annotation, Highlight } from '../../cli/annotate';
import type { Rejection } from '../../engine/types';
import type { EvalArticle, EvalSentence } from './eval-set';
import { isMostlyCovered, locateSentences, overlap } from './locate';
import { renderFlat, renderPage } from './render-page';

/** `page`: the realistic news page, date read from its metadata; `flat`: the old layout. */
export type Layout = 'page' | 'flat';

/** The CLI's HTML → annotation function (cli/annotate.ts `createAnnotator(story)`). */
export type Annotate = (
  html: string,
  options?: { published?: string | null; explain?: boolean; text?: boolean },
) => Annotation;

/** Which claims a set's labels can name: a set of ids, or `null` for every claim of the pack. */
export type Labelled = ReadonlySet<string> | null;

export type Counts = {
  articles: number;
  sentences: number;
  /** `highlight: true` sentences that name `claims`. */
  knownSentences: number;
  /** Of those, sentences with a card on one of their claims (or a right unlabelled card). */
  knownHits: number;
  /** `highlight: true` sentences with no `claims`: events the labels' knowledge base lacked. */
  eventSentences: number;
  /** Of those, sentences with a right card (an unlabelled claim listing the expected sources). */
  eventHits: number;
  /** Highlighted `false` sentences, and highlighted sentences of negative articles. */
  falseAlarms: number;
  /** `true` sentences whose cards all name claims they neither state nor hint at. */
  wrongClaims: number;
  /** Of those, on sentences that name `claims` (the rest are on events). */
  wrongClaimsKnown: number;
  /** `true` sentences whose only cards are on claims they merely hint at (misses). */
  hintOnly: number;
  /** Sentences with a highlight over them, whatever their label. */
  carded: number;
  stanceErrors: number;
  negativeHighlights: number;
  /** Hits that list none of `corroborated_by_any`. */
  missingCorroboration: number;
  /** Highlights that touch no sentence of the set. */
  strayHighlights: number;
  /** Sentences whose text the page reader did not give the engine. */
  unlocated: number;
};

/** One claim's record over a set: how often it was expected and carded, and how rightly. */
export type ClaimCounts = {
  /** Known `true` sentences listing it in `claims`. */
  expected: number;
  /** Of those, sentences that were hits. */
  hits: number;
  /** Sentences carded with it. */
  cards: number;
  /** Cards on it that are right (it is one of the sentence's claims, or judged right). */
  right: number;
  /** Cards on it where it is wrong (a false sentence, or a claim the sentence does not make). */
  wrong: number;
};

/** A set's figures: the known claims' (the headline), events', everything's. */
export type SetScore = Counts & {
  set: string;
  /** Known claims: hits / (hits + false alarms + wrong claims on them). */
  precision: number;
  /** Known claims: hits / known sentences. */
  recall: number;
  f1: number;
  /** Events the labels' knowledge base lacked: hits / event sentences. */
  eventRecall: number;
  /** Every `true` sentence: precision and recall. */
  allPrecision: number;
  allRecall: number;
  /** Wrong-claim sentences per carded sentence. */
  wrongClaimRate: number;
  perClaim: Record<string, ClaimCounts>;
  /** Misses, false alarms, wrong claims, stance errors and the like, with the engine's reasons. */
  confusion: string[];
};

const ZERO: Counts = {
  articles: 0,
  sentences: 0,
  knownSentences: 0,
  knownHits: 0,
  eventSentences: 0,
  eventHits: 0,
  falseAlarms: 0,
  wrongClaims: 0,
  wrongClaimsKnown: 0,
  hintOnly: 0,
  carded: 0,
  stanceErrors: 0,
  negativeHighlights: 0,
  missingCorroboration: 0,
  strayHighlights: 0,
  unlocated: 0,
};

/** Renders each article in `layout`, runs it through `annotate` and scores the set. */
export function scoreSet(
  name: string,
  articles: readonly EvalArticle[],
  annotate: Annotate,
  labelled: Labelled,
  layout: Layout = 'page',
): SetScore {
  const counts = { ...ZERO };
  const perClaim: Record<string, ClaimCounts> = {};
  const confusion: string[] = [];
  for (const article of articles) {
    const scored = annotateAndScore(article, annotate, labelled, layout);
    add(counts, scored.counts);
    addClaims(perClaim, scored.perClaim);
    confusion.push(...scored.confusion);
  }
  return withRates(name, counts, perClaim, confusion);
}

/** Renders one article in `layout`, runs it through `annotate` and scores it. */
export function annotateAndScore(
  article: EvalArticle,
  annotate: Annotate,
  labelled: Labelled,
  layout: Layout = 'page',
): ReturnType<typeof scoreArticle> {
  // The page layout gives the engine no date: it must come from the page's metadata.
  const annotation =
    layout === 'page'
      ? annotate(renderPage(article), { explain: true, text: true })
      : annotate(renderFlat(article), { published: article.published, explain: true, text: true });
  return scoreArticle(article, { ...annotation, text: annotation.text ?? '' }, labelled);
}

/** Sums scores (the "dev+dev2" and "all" rows); rates are recomputed from the sums. */
export function combineScores(name: string, scores: readonly SetScore[]): SetScore {
  const counts = { ...ZERO };
  const perClaim: Record<string, ClaimCounts> = {};
  for (const s of scores) {
    add(counts, s);
    addClaims(perClaim, s.perClaim);
  }
  return withRates(name, counts, perClaim, []);
}

/** The parts of a highlight the scorer reads. */
export type ScoredHighlight = Pick<Highlight, 'text' | 'claim' | 'evidence' | 'start' | 'end'> & {
  corroborating: { source: string }[];
  contradicting: { source: string }[];
};

/** What the scorer needs from an annotation: the extracted text and the spans in it. */
export type ScoredAnnotation = {
  text: string;
  highlights: readonly ScoredHighlight[];
  rejections: readonly Rejection[];
};

/** How one card stands on one sentence. */
export type Judgement = 'right' | 'hint' | 'wrong' | 'unlabelled-miss';

/** One article's counts, per-claim records and confusion lines. */
export function scoreArticle(
  article: EvalArticle,
  annotation: ScoredAnnotation,
  labelled: Labelled = null,
): { counts: Counts; perClaim: Record<string, ClaimCounts>; confusion: string[] } {
  const counts = { ...ZERO, articles: 1 };
  const perClaim: Record<string, ClaimCounts> = {};
  const claimOf = (id: string): ClaimCounts => {
    perClaim[id] ??= { expected: 0, hits: 0, cards: 0, right: 0, wrong: 0 };
    return perClaim[id];
  };
  const confusion: string[] = [];
  const { highlights, rejections, text } = annotation;
  const located = locateSentences(
    text,
    article.sentences.map((s) => s.text),
  );
  const byHighlight = overlap(located, highlights);
  const byRejection = overlap(located, rejections);
  const negative = article.kind === 'negative';
  const isLabelled = (claim: string) => labelled === null || labelled.has(claim);

  article.sentences.forEach((s, i) => {
    counts.sentences++;
    const stated = s.claims ?? [];
    const known = s.highlight === true && stated.length > 0;
    const event = s.highlight === true && stated.length === 0;
    if (known) counts.knownSentences++;
    if (event) counts.eventSentences++;
    if (known) for (const c of stated) claimOf(c).expected++;
    const short = squash(s.text);
    const where = `${article.id}: "${short.slice(0, 90)}${short.length > 90 ? '…' : ''}"`;
    if (!located.spans[i]) {
      counts.unlocated++;
      confusion.push(`UNLOCATED ${where}\n    → not in the text the page reader extracted`);
    }
    const covered = byHighlight.covered[i] ?? 0;
    const hits = (byHighlight.touching[i] ?? []).map((h) => highlights[h] as ScoredHighlight);
    const missReasons = () =>
      (byRejection.touching[i] ?? [])
        .map((r) => `${rejections[r]?.claim ?? '-'}: ${rejections[r]?.reason}`)
        .join(' | ') || 'no claim came close';
    if (!isMostlyCovered(covered)) {
      if (hits.length > 0)
        confusion.push(
          `PARTIAL ${where}\n    → ${Math.round(covered * 100)}% covered by ${hits[0]?.claim}: "${squash(hits[0]?.text ?? '')}"`,
        );
      if (s.highlight === true) confusion.push(`MISS ${where}\n    → ${missReasons()}`);
      return;
    }
    counts.carded++;
    if (negative) counts.negativeHighlights++;

    const judged = hits.map((h) => ({ h, judgement: judge(h, s, isLabelled(h.claim)) }));
    for (const { h, judgement } of judged) {
      const c = claimOf(h.claim);
      c.cards++;
      if (s.highlight === false || negative) c.wrong++;
      else if (judgement === 'right') c.right++;
      else if (judgement === 'wrong' || judgement === 'unlabelled-miss') c.wrong++;
    }
    const cardList = judged
      .map(({ h, judgement }) => `${h.claim} (${judgement}) [${h.evidence.join('; ')}]`)
      .join(' | ');

    if (s.highlight === false || negative) {
      counts.falseAlarms++;
      confusion.push(`FALSE ALARM ${where}\n    → ${cardList}`);
    } else if (s.highlight === true) {
      if (judged.some((j) => j.judgement === 'right')) {
        if (known) counts.knownHits++;
        else counts.eventHits++;
        for (const c of known ? stated : []) claimOf(c).hits++;
      } else if (judged.every((j) => j.judgement === 'wrong')) {
        counts.wrongClaims++;
        if (known) counts.wrongClaimsKnown++;
        confusion.push(
          `WRONG CLAIM ${where}\n    → ${cardList}; the sentence states ${stated.join(', ') || 'an event no labelled claim states'}`,
        );
      } else {
        if (judged.some((j) => j.judgement === 'hint')) counts.hintOnly++;
        confusion.push(
          `MISS (card on ${judged.some((j) => j.judgement === 'hint') ? 'a hinted claim' : 'an unlabelled claim without the expected sources'}) ${where}\n    → ${cardList}; wanted ${stated.join(', ') || `a card citing ${(s.corroborated_by_any ?? []).join(', ')}`}`,
        );
      }
    } else if (judged.some((j) => j.judgement === 'wrong')) {
      // An undecided sentence counts neither way, but a card about something it does not say is
      // worth a reader's look.
      confusion.push(`WRONG CLAIM (undecided sentence) ${where}\n    → ${cardList}`);
    }

    // Sides: only the cards that are about what the sentence says are held to its never_* rules.
    const onTopic = judged
      .filter((j) => stated.includes(j.h.claim) || !isLabelled(j.h.claim))
      .map((j) => j.h);
    const wrongSides = sideErrors(s, onTopic);
    if (wrongSides.length && s.highlight !== false && !negative) {
      counts.stanceErrors++;
      confusion.push(`STANCE ERROR ${where}\n    → ${onTopic[0]?.claim}: ${wrongSides.join(', ')}`);
    }
    const wanted = s.corroborated_by_any ?? [];
    const corroborating = new Set(onTopic.flatMap((h) => h.corroborating.map((c) => c.source)));
    if (
      s.highlight === true &&
      onTopic.length &&
      wanted.length &&
      !wanted.some((id) => corroborating.has(id))
    ) {
      counts.missingCorroboration++;
      confusion.push(
        `NO EXPECTED SOURCE ${where}\n    → ${onTopic[0]?.claim} lists ${[...corroborating].join(', ')}; wanted one of ${wanted.join(', ')}`,
      );
    }
  });

  for (const h of byHighlight.outside) {
    const stray = highlights[h] as ScoredHighlight;
    counts.strayHighlights++;
    if (negative) counts.negativeHighlights++;
    confusion.push(
      `STRAY ${article.id}: "${squash(stray.text).slice(0, 90)}"\n    → ${stray.claim}, on text that is not one of the set's sentences`,
    );
  }
  return { counts, perClaim, confusion };
}

/**
 * A card on a claim the labels name is right when the sentence states that claim, a hint when
 * it only hints at it, else wrong. A card on a claim they cannot name is right when its sides
 * list an expected source as corroborating and keep the never_* rules. (Also card-evidence.ts.)
 */
export function judge(h: ScoredHighlight, s: EvalSentence, labelled: boolean): Judgement {
  if (labelled) {
    if (s.claims?.includes(h.claim)) return 'right';
    if (s.hinted_claims?.includes(h.claim)) return 'hint';
    return 'wrong';
  }
  const wanted = s.corroborated_by_any ?? [];
  const corroborates = h.corroborating.some((c) => wanted.includes(c.source));
  return corroborates && sideErrors(s, [h]).length === 0 ? 'right' : 'unlabelled-miss';
}

/** The never_* rules the cards break, in words. */
function sideErrors(s: EvalSentence, cards: readonly ScoredHighlight[]): string[] {
  const corroborating = new Set(cards.flatMap((h) => h.corroborating.map((c) => c.source)));
  const contradicting = new Set(cards.flatMap((h) => h.contradicting.map((c) => c.source)));
  return [
    ...(s.never_corroborating ?? [])
      .filter((id) => corroborating.has(id))
      .map((id) => `${id} listed as corroborating`),
    ...(s.never_contradicting ?? [])
      .filter((id) => contradicting.has(id))
      .map((id) => `${id} listed as contradicting`),
  ];
}

function add(into: Counts, from: Counts): void {
  for (const key of Object.keys(ZERO) as (keyof Counts)[]) into[key] += from[key];
}

function addClaims(into: Record<string, ClaimCounts>, from: Record<string, ClaimCounts>): void {
  for (const [id, c] of Object.entries(from)) {
    into[id] ??= { expected: 0, hits: 0, cards: 0, right: 0, wrong: 0 };
    const to = into[id];
    to.expected += c.expected;
    to.hits += c.hits;
    to.cards += c.cards;
    to.right += c.right;
    to.wrong += c.wrong;
  }
}

const rate = (num: number, den: number) => (den ? num / den : 1);

function withRates(
  set: string,
  counts: Counts,
  perClaim: Record<string, ClaimCounts>,
  confusion: string[],
): SetScore {
  const precision = rate(
    counts.knownHits,
    counts.knownHits + counts.falseAlarms + counts.wrongClaimsKnown,
  );
  const recall = rate(counts.knownHits, counts.knownSentences);
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  const allHits = counts.knownHits + counts.eventHits;
  return {
    set,
    ...counts,
    precision,
    recall,
    f1,
    eventRecall: rate(counts.eventHits, counts.eventSentences),
    allPrecision: rate(allHits, allHits + counts.falseAlarms + counts.wrongClaims),
    allRecall: rate(allHits, counts.knownSentences + counts.eventSentences),
    wrongClaimRate: counts.carded ? counts.wrongClaims / counts.carded : 0,
    perClaim,
    confusion,
  };
}

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();
